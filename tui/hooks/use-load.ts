// Loads data from the daemon, keeps showing the last result while it reloads (no flicker), and
// optionally polls so counts stay live.
import { useCallback, useEffect, useRef, useState } from 'react';
import { nextPollDelay } from './poll-delay.js';

export interface Loaded<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

export interface LoadOptions<T> {
  /**
   * A poll that returns what is already shown keeps the old value (same identity), so memoised work
   * downstream does not run again.
   */
  same?: (a: T, b: T) => boolean;
  /** With `same`: while answers repeat, the poll interval doubles up to this. Default: no backoff. */
  maxPollMs?: number;
}

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], pollMs = 0, opts: LoadOptions<T> = {}): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const optsRef = useRef(opts);
  optsRef.current = opts;
  const dataRef = useRef<T | null>(null);
  const delay = useRef(pollMs);

  useEffect(() => {
    let live = true;
    let timer: NodeJS.Timeout | undefined;
    // The next poll is timed from this answer, so a slow daemon is never asked twice at once.
    const schedule = (unchanged: boolean) => {
      if (pollMs <= 0) return;
      delay.current = nextPollDelay(delay.current, pollMs, optsRef.current.maxPollMs ?? pollMs, unchanged);
      timer = setTimeout(() => setTick((t) => t + 1), delay.current);
    };
    setLoading(true);
    loadRef.current().then(
      (v) => {
        if (!live) return;
        const old = dataRef.current;
        const unchanged = old !== null && optsRef.current.same !== undefined && optsRef.current.same(old, v);
        if (!unchanged) {
          dataRef.current = v;
          setData(v);
        }
        setError(null);
        setLoading(false);
        schedule(unchanged);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof Error ? e : new Error(String(e)));
        setLoading(false);
        schedule(false);
      },
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [...deps, tick, pollMs]);

  const reload = useCallback(() => {
    delay.current = pollMs;
    setTick((t) => t + 1);
  }, [pollMs]);
  return { data, error, loading, reload };
}
