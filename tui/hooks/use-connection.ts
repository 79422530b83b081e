// Keeps one live DataSource: connects, notices when the daemon goes away, and reconnects by itself.
import { useEffect, useRef, useState } from 'react';
import { isMamoriError, type ErrorCode } from '../../appliance/control/contract/index.js';
import type { DataSource } from '../data/data-source.js';

export interface ConnectionState {
  /** The current source; after a loss it is the last good one until a new one connects. */
  source: DataSource | null;
  /** The last connect failure, with its stable code when it was a MamoriError. */
  error: { code: ErrorCode | 'OTHER'; message: string } | null;
  /** True between losing a working connection and getting a new one. */
  lost: boolean;
  attempt: number;
  /** True for a few seconds after a reconnect, so the screen can say so. */
  restored: boolean;
  retryInMs: number;
}

export interface ConnectionOptions {
  retryMs?: number;
  maxRetryMs?: number;
  restoredNoticeMs?: number;
}

export function useConnection(connect: () => Promise<DataSource>, opts: ConnectionOptions = {}): ConnectionState {
  const { retryMs = 1000, maxRetryMs = 5000, restoredNoticeMs = 3000 } = opts;
  const [state, setState] = useState<ConnectionState>({ source: null, error: null, lost: false, attempt: 0, restored: false, retryInMs: 0 });
  const connectRef = useRef(connect);
  connectRef.current = connect;

  useEffect(() => {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let current: DataSource | null = null;
    let attempt = 0;
    let everConnected = false;

    const tryConnect = async () => {
      attempt++;
      try {
        const source = await connectRef.current();
        if (stopped) return source.close();
        current = source;
        const wasLost = everConnected;
        everConnected = true;
        attempt = 0;
        setState({ source, error: null, lost: false, attempt: 0, restored: wasLost, retryInMs: 0 });
        if (wasLost) timer = setTimeout(() => setState((s) => ({ ...s, restored: false })), restoredNoticeMs);
        source.onClosed(() => {
          if (stopped || current !== source) return;
          setState((s) => ({ ...s, lost: true, restored: false, attempt: 1 }));
          clearTimeout(timer);
          timer = setTimeout(() => void tryConnect(), retryMs);
        });
      } catch (e) {
        if (stopped) return;
        const delay = Math.min(maxRetryMs, retryMs * attempt);
        const error = isMamoriError(e)
          ? { code: e.code, message: e.message }
          : { code: 'OTHER' as const, message: e instanceof Error ? e.message : String(e) };
        setState((s) => ({ ...s, error, lost: everConnected, attempt, restored: false, retryInMs: delay }));
        timer = setTimeout(() => void tryConnect(), delay);
      }
    };
    void tryConnect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      current?.close();
    };
  }, [retryMs, maxRetryMs, restoredNoticeMs]);

  return state;
}
