// A WSS connection to the box with the box's key pinned: a different key is refused before we send anything.
import { X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import WebSocket from 'ws';
import { BoxMsg, fingerprintOfSpki, Limits, type AgentMsg, type PolicyMsg } from '../../protocol/wire.js';

export class PinMismatchError extends Error {
  constructor(readonly expected: string, readonly actual: string) {
    super(
      `SERVER KEY MISMATCH: the box presented ${actual}, but this agent trusts ${expected}. ` +
        'Nothing was sent. If the box was really replaced, re-enroll with the new fingerprint; otherwise someone may be intercepting the connection.',
    );
    this.name = 'PinMismatchError';
  }
}

export class ConnectionClosedError extends Error {
  constructor(readonly code: number, readonly reason: string) {
    super(`the box closed the connection (${code}${reason ? `: ${reason}` : ''})`);
    this.name = 'ConnectionClosedError';
  }
}

export class BoxConnection {
  private readonly inbox: BoxMsg[] = [];
  private waiter: { resolve(m: BoxMsg): void; reject(e: Error): void } | null = null;
  private closedWith: ConnectionClosedError | null = null;
  // Pushes (policy) may arrive at any time, between an events message and its ack: they go to the
  // push handler, never to next(), so a reply is always the reply.
  private readonly pushes: PolicyMsg[] = [];
  private pushHandler: ((m: PolicyMsg) => void) | null = null;
  readonly closed: Promise<ConnectionClosedError>;
  lastHeard = Date.now();

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        this.closedWith = new ConnectionClosedError(code, reason.toString());
        this.waiter?.reject(this.closedWith);
        this.waiter = null;
        resolve(this.closedWith);
      });
    });
    ws.on('message', (raw) => {
      this.lastHeard = Date.now();
      let parsed;
      try {
        parsed = BoxMsg.safeParse(JSON.parse(raw.toString()));
      } catch {
        return;
      }
      if (!parsed.success) return;
      if (parsed.data.t === 'policy') {
        if (this.pushHandler) this.pushHandler(parsed.data);
        else this.pushes.push(parsed.data);
        return;
      }
      if (this.waiter) {
        this.waiter.resolve(parsed.data);
        this.waiter = null;
      } else this.inbox.push(parsed.data);
    });
    ws.on('ping', () => (this.lastHeard = Date.now()));
  }

  /** Opens `url` and checks the server key against `fingerprint`; with `caPem`, the chain must verify too. */
  static open(url: string, fingerprint: string, caPem?: string, timeoutMs = 15_000): Promise<BoxConnection> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, {
        maxPayload: Limits.maxMessageBytes,
        perMessageDeflate: false,
        handshakeTimeout: timeoutMs,
        ...(caPem
          ? // Node wants Error | undefined from checkServerIdentity; ws's typing says boolean. The pin replaces the host name check.
            ({ ca: caPem, rejectUnauthorized: true, checkServerIdentity: () => undefined } as unknown as WebSocket.ClientOptions)
          : { rejectUnauthorized: false }),
      });
      let settled = false;
      const fail = (e: Error) => {
        if (settled) return;
        settled = true;
        ws.terminate();
        reject(e);
      };
      ws.once('upgrade', (res) => {
        const cert = (res.socket as TLSSocket).getPeerX509Certificate?.();
        const actual = cert ? fingerprintOfSpki(publicKeySpki(cert)) : 'no certificate';
        if (actual !== fingerprint) fail(new PinMismatchError(fingerprint, actual));
      });
      const conn = new BoxConnection(ws);
      ws.once('open', () => {
        if (settled) return;
        settled = true;
        resolve(conn);
      });
      ws.once('error', (e) => fail(e));
      ws.once('close', (code, reason) => fail(new ConnectionClosedError(code, reason.toString())));
    });
  }

  send(msg: AgentMsg): void {
    this.ws.send(JSON.stringify(msg));
  }

  /** Receives pushed messages (policy), including those that arrived before the handler was set. */
  onPush(handler: (m: PolicyMsg) => void): void {
    this.pushHandler = handler;
    for (const m of this.pushes.splice(0)) handler(m);
  }

  /** The next reply from the box (pushes excluded); rejects when the connection closes or the time runs out. */
  next(timeoutMs = 30_000): Promise<BoxMsg> {
    const queued = this.inbox.shift();
    if (queued) return Promise.resolve(queued);
    if (this.closedWith) return Promise.reject(this.closedWith);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new Error(`the box did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = {
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
    });
  }

  close(): void {
    this.ws.close(1000);
  }

  terminate(): void {
    this.ws.terminate();
  }
}

function publicKeySpki(cert: X509Certificate): Buffer {
  return cert.publicKey.export({ format: 'der', type: 'spki' });
}
