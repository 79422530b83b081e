// Loads data from the daemon, keeps showing the last result while it reloads (no flicker), and
// optionally polls so counts stay live.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload(): void;
}

/**
 * `same` lets a poll that returns what is already shown keep the old value (same identity), so
 * memoised work downstream does not run again.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], pollMs = 0, same?: (a: T, b: T) => boolean): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const sameRef = useRef(same);
  sameRef.current = same;

  useEffect(() => {
    let live = true;
    setLoading(true);
    loadRef.current().then(
      (v) => {
        if (!live) return;
        setData((old) => (old !== null && sameRef.current?.(old, v) ? old : v));
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof Error ? e : new Error(String(e)));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);

  useEffect(() => {
    if (pollMs <= 0) return;
    const timer = setInterval(() => setTick((t) => t + 1), pollMs);
    return () => clearInterval(timer);
  }, [pollMs, ...deps]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
