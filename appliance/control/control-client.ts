// The admin CLI's and the TUI's way into the daemon. Results are typed by the contract (contract/).
import { connect, type Socket } from 'node:net';
import { writeFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCodes, MamoriError, type ErrorCode } from '../errors/mamori-error.js';
import { CONTROL_PROTOCOL_VERSION, MAX_CONTROL_LINE_BYTES, type EventRecord, type HelloFrame, type MethodName, type MethodParams, type Results } from './contract/index.js';
import { lineChannel } from './line-channel.js';

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

export class ControlClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly subs = new Map<number, (records: EventRecord[]) => void>();
  private readonly early = new Map<number, EventRecord[][]>();
  private closedHandlers: Array<() => void> = [];
  user = '';
  daemonVersion = '';

  private constructor(
    private readonly socket: Socket,
    private readonly channel: { send(v: unknown): boolean },
  ) {}

  /** Connects, proves the OS user, and returns a ready client; a clear MamoriError when nobody answers. */
  static async connect(socketPath: string): Promise<ControlClient> {
    const socket = connect(socketPath);
    let client: ControlClient | null = null;
    let helloResolve: (h: HelloFrame) => void;
    const hello = new Promise<HelloFrame>((r) => (helloResolve = r));
    const channel = lineChannel(
      socket,
      MAX_CONTROL_LINE_BYTES * 64,
      (value) => {
        const frame = value as Record<string, unknown>;
        if (frame.t === 'hello') return helloResolve(frame as unknown as HelloFrame);
        client?.dispatch(frame);
      },
      () => {},
    );
    client = new ControlClient(socket, channel);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', (e: NodeJS.ErrnoException) => reject(connectError(e, socketPath)));
    });
    socket.on('error', () => {});
    socket.on('close', () => client?.onClose());
    const h = await withTimeout(hello, 5000, socketPath);
    if (h.protocol !== CONTROL_PROTOCOL_VERSION) {
      socket.destroy();
      throw new MamoriError('VERSION_MISMATCH', `the daemon speaks control protocol ${h.protocol} (version ${h.version}); this client speaks ${CONTROL_PROTOCOL_VERSION}`);
    }
    client.daemonVersion = h.version;
    const proof = join(h.challengeDir, h.challenge);
    await writeFile(proof, '', { flag: 'wx', mode: 0o600 }).catch(() => {});
    try {
      const who = (await client.raw('auth', {})) as { user: string };
      client.user = who.user;
    } finally {
      await unlink(proof).catch(() => {});
    }
    return client;
  }

  /** Calls a method; resolves with its result as the contract declares it, or rejects with a MamoriError. */
  call<M extends MethodName>(method: M, params: MethodParams<M>): Promise<Results[M]> {
    return this.raw(method, params) as Promise<Results[M]>;
  }

  /** Subscribes to new journal records; records pushed before this resolves are delivered too. */
  async subscribe(params: MethodParams<'events.subscribe'>, onRecords: (records: EventRecord[]) => void): Promise<number> {
    const { sub } = await this.call('events.subscribe', params);
    this.subs.set(sub, onRecords);
    // Records pushed in the same read as the answer arrived before we knew the id: deliver them now.
    const early = this.early.get(sub);
    this.early.delete(sub);
    for (const records of early ?? []) onRecords(records);
    return sub;
  }

  onClosed(fn: () => void): void {
    this.closedHandlers.push(fn);
  }

  close(): void {
    this.socket.end();
    this.socket.destroy();
  }

  private raw(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (!this.channel.send({ id, method, params })) {
        this.pending.delete(id);
        reject(new MamoriError('NO_DAEMON', 'the connection to the daemon is closed'));
      }
    });
  }

  private dispatch(frame: Record<string, unknown>): void {
    if (typeof frame.sub === 'number') {
      const handler = this.subs.get(frame.sub);
      const records = frame.records as EventRecord[];
      if (handler) handler(records);
      else if (this.early.size < 16) this.early.set(frame.sub, [...(this.early.get(frame.sub) ?? []), records].slice(-64));
      return;
    }
    const p = this.pending.get(frame.id as number);
    if (!p) return;
    this.pending.delete(frame.id as number);
    if (frame.error) {
      const err = frame.error as { code: string; message: string };
      p.reject(new MamoriError(isKnownCode(err.code) ? err.code : 'INTERNAL', err.message));
    } else p.resolve(frame.result);
  }

  private onClose(): void {
    for (const p of this.pending.values()) p.reject(new MamoriError('NO_DAEMON', 'the daemon closed the connection'));
    this.pending.clear();
    for (const fn of this.closedHandlers) fn();
  }
}

function isKnownCode(code: string): code is ErrorCode {
  return Object.hasOwn(ErrorCodes, code);
}

function connectError(e: NodeJS.ErrnoException, socketPath: string): MamoriError {
  if (e.code === 'ENOENT' || e.code === 'ECONNREFUSED')
    return new MamoriError('NO_DAEMON', `no mamori daemon is running at ${socketPath} (start one with: mamori serve --data DIR)`, { socketPath });
  if (e.code === 'EACCES' || e.code === 'EPERM')
    return new MamoriError('CONTROL_DENIED', `permission denied on ${socketPath}: run as root or as a member of the socket's group`, { socketPath });
  return new MamoriError('NO_DAEMON', `cannot reach the daemon at ${socketPath}: ${e.message}`, { socketPath }, { cause: e });
}

async function withTimeout<T>(p: Promise<T>, ms: number, socketPath: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MamoriError('NO_DAEMON', `the daemon at ${socketPath} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}
