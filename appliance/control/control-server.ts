// The admin socket: newline-delimited JSON requests, the OS user proven per connection, live
// subscriptions. Parameters are validated against the contract before a handler sees them.
import { createServer, type Server, type Socket } from 'node:net';
import { chmod, unlink } from 'node:fs/promises';
import { isCodedError } from '../../common/coded-error.js';
import type { Logger } from '../../common/log.js';
import { summarizeIssues } from '../../common/zod-issues.js';
import { MamoriError } from '../errors/mamori-error.js';
import { ClientFrame, CONTROL_PROTOCOL_VERSION, MAX_CONTROL_LINE_BYTES, Methods, type EventRecord, type MethodInput, type MethodName, type Results } from './contract/index.js';
import { lineChannel } from './line-channel.js';
import { claimChallenge, newChallenge, prepareChallengeDir } from './peer-identity.js';

export interface CallContext {
  /** The OS user who proved themselves on this connection; administrator actions are journaled as theirs. */
  user: string;
}
export type Handler<M extends MethodName> = (params: MethodInput<M>, ctx: CallContext) => Promise<Results[M]>;
/** Subscriptions are the server's own (they outlive a request); everything else is a handler. */
export type Handlers = { [M in Exclude<MethodName, 'events.subscribe' | 'events.unsubscribe'>]?: Handler<M> };
export type Subscribe = (params: MethodInput<'events.subscribe'>, push: (records: EventRecord[]) => void) => () => void;

export interface ControlServerOptions {
  socketPath: string;
  dataDir: string;
  version: string;
  handlers: Handlers;
  subscribe: Subscribe;
  log: Logger;
}

export class ControlServer {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(private readonly options: ControlServerOptions) {}

  async start(): Promise<void> {
    const { socketPath, dataDir } = this.options;
    const challengeDir = await prepareChallengeDir(dataDir);
    // A socket file left by a killed daemon would make listen() fail; the data lock proves it is stale.
    await unlink(socketPath).catch(() => {});
    const server = createServer((socket) => this.accept(socket, challengeDir));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => {
        server.off('error', reject);
        resolve();
      });
    });
    await chmod(socketPath, 0o660);
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await unlink(this.options.socketPath).catch(() => {});
  }

  private accept(socket: Socket, challengeDir: string): void {
    const { log, handlers, subscribe, version } = this.options;
    this.sockets.add(socket);
    const challenge = newChallenge();
    let ctx: CallContext | null = null;
    const subs = new Map<number, () => void>();
    let nextSub = 1;
    socket.on('error', () => {});
    socket.on('close', () => {
      this.sockets.delete(socket);
      for (const off of subs.values()) off();
      subs.clear();
    });
    const channel = lineChannel(
      socket,
      MAX_CONTROL_LINE_BYTES,
      (value) => void handle(value),
      (reason) => channel.send({ id: -1, error: { code: 'BAD_REQUEST', message: reason } }),
    );
    channel.send({ t: 'hello', version, protocol: CONTROL_PROTOCOL_VERSION, challenge, challengeDir });

    const handle = async (value: unknown) => {
      const frame = ClientFrame.safeParse(value);
      if (!frame.success) {
        channel.send({ id: -1, error: { code: 'BAD_REQUEST', message: 'a request needs a numeric id and a method' } });
        return;
      }
      const { id, method, params } = frame.data;
      try {
        if (method === 'auth') {
          const who = await claimChallenge(challengeDir, challenge);
          if (!who) throw new MamoriError('CONTROL_DENIED', 'could not prove the OS user: the client must create the challenge file');
          ctx = { user: who.user };
          channel.send({ id, result: { user: who.user } });
          return;
        }
        if (!ctx) throw new MamoriError('CONTROL_DENIED', 'authenticate first (method "auth")');
        if (!(method in Methods)) throw new MamoriError('BAD_REQUEST', `unknown method "${method}"`);
        const schema = Methods[method as MethodName];
        const parsed = schema.safeParse(params ?? {});
        if (!parsed.success) {
          const issue = summarizeIssues(parsed.error);
          const field = issue.field === '(root)' ? '' : issue.field;
          channel.send({ id, error: { code: 'BAD_REQUEST', message: `${field || 'params'}: ${issue.message}`, field } });
          return;
        }
        if (method === 'events.subscribe') {
          const sub = nextSub++;
          subs.set(sub, subscribe(parsed.data as MethodInput<'events.subscribe'>, (records) => channel.send({ sub, records })));
          channel.send({ id, result: { sub } });
          return;
        }
        if (method === 'events.unsubscribe') {
          const sub = (parsed.data as { sub: number }).sub;
          subs.get(sub)?.();
          subs.delete(sub);
          channel.send({ id, result: { ok: true } });
          return;
        }
        const handler = handlers[method as keyof Handlers] as ((p: unknown, c: CallContext) => Promise<unknown>) | undefined;
        if (!handler) throw new MamoriError('BAD_REQUEST', `method "${method}" is not available on this daemon`);
        channel.send({ id, result: await handler(parsed.data, ctx) });
      } catch (e) {
        // Another part's coded error (a damaged data file) keeps its code; the client shows it.
        const code = isCodedError(e) ? e.code : 'INTERNAL';
        if (code === 'INTERNAL') log.error('control request failed', { method, err: e });
        channel.send({ id, error: { code, message: e instanceof Error ? e.message : String(e) } });
      }
    };
  }
}
