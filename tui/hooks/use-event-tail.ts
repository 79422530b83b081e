// The Events screen's window on the journal: head page, live records, and paging both ways.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DataSource } from '../data/data-source.js';
import { emptyWindow, fromHead, PAGE, withLive, withNewer, withOlder, type EventWindow } from '../data/event-window.js';
import type { EventRecord } from '../../appliance/control/contract/index.js';
import type { EventQuery } from '../data/data-source.js';

export interface EventTail {
  window: EventWindow;
  loading: boolean;
  error: Error | null;
  loadOlder(): void;
  loadNewer(): void;
  /** Back to the newest records (after a pause or after paging away). */
  toHead(): void;
}

export interface TailOptions {
  filter: Pick<EventQuery, 'asset' | 'kind' | 'since'>;
  following: boolean;
  /** Rows were added (+) above or dropped (−) from the top, so the screen can keep its selection on the same record. */
  onShift(delta: number): void;
}

export function useEventTail(source: DataSource, { filter, following, onShift }: TailOptions): EventTail {
  const [window, setWindow] = useState<EventWindow>(emptyWindow);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  const [generation, setGeneration] = useState(0);
  const ref = useRef({ window, following, onShift, busy: false });
  ref.current.window = window;
  ref.current.following = following;
  ref.current.onShift = onShift;
  const { asset, kind, since } = filter;

  const run = useCallback(async (work: () => Promise<void>) => {
    if (ref.current.busy) return;
    ref.current.busy = true;
    setLoading(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      ref.current.busy = false;
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    ref.current.busy = false;
    void run(async () => {
      // Subscribe before reading the head so nothing journaled in between is missed; pushes that
      // arrive before the head are held and merged after it (withLive drops what the head already has).
      let early: EventRecord[] | null = [];
      const apply = (records: EventRecord[]) => {
        const r = withLive(ref.current.window, records, ref.current.following);
        ref.current.window = r.window;
        setWindow(r.window);
        if (r.added) ref.current.onShift(r.added);
      };
      stop = await source.subscribeEvents({ asset, kind }, (records) => {
        if (early) early.push(...records);
        else apply(records);
      });
      if (!live) return stop();
      const head = await source.events({ asset, kind, since, limit: PAGE, order: 'desc' });
      if (!live) return;
      ref.current.window = fromHead(head);
      setWindow(ref.current.window);
      const held = early;
      early = null;
      if (held.length) apply(held);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [source, asset, kind, since, generation, run]);

  const loadOlder = useCallback(() => {
    const w = ref.current.window;
    const last = w.records.at(-1);
    if (!w.hasOlder || !last) return;
    void run(async () => {
      const page = await source.events({ asset, kind, since, beforeSeq: last.seq, limit: PAGE, order: 'desc' });
      const r = withOlder(ref.current.window, page);
      setWindow(r.window);
      if (r.dropped) ref.current.onShift(-r.dropped);
    });
  }, [source, asset, kind, since, run]);

  const loadNewer = useCallback(() => {
    const w = ref.current.window;
    const first = w.records[0];
    if (w.atHead || !first) return;
    void run(async () => {
      const page = await source.events({ asset, kind, since, afterSeq: first.seq, limit: PAGE, order: 'asc' });
      const r = withNewer(ref.current.window, page);
      setWindow({ ...r.window, pending: 0 });
      if (r.added) ref.current.onShift(r.added);
    });
  }, [source, asset, kind, since, run]);

  const toHead = useCallback(() => setGeneration((g) => g + 1), []);
  return { window, loading, error, loadOlder, loadNewer, toHead };
}
