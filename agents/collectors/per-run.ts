// Results shared by the collectors of one inventory run. collectInventory hands the same context
// object to every collector, so keying on it lets several topics share one expensive call (one
// PowerShell start, ~0.5 s, feeds system, hardware, network, users and accounts) without a global cache.
import type { CollectContext } from './collector.js';

const memo = new WeakMap<object, Map<string, Promise<unknown>>>();

export function perRun<T>(ctx: CollectContext, key: string, load: () => Promise<T>): Promise<T> {
  let m = memo.get(ctx);
  if (m === undefined) {
    m = new Map();
    memo.set(ctx, m);
  }
  let p = m.get(key) as Promise<T> | undefined;
  if (p === undefined) {
    p = load();
    m.set(key, p);
  }
  return p;
}
