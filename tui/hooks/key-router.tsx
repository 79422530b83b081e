// One Ink input listener for the whole app, dispatching to the handlers components register.
// Why: Ink attaches each useInput in a passive effect, which may run after the next key has already
// arrived, so a dialog that just opened could miss its first key (seen in tests: "q" then "n" quickly).
// Registration here happens in layout effects, which run synchronously when React commits.
import { useInput, type Key } from 'ink';
import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { splitInput } from '../keys/split-input.js';

type Handler = (input: string, key: Key) => void;
interface Entry {
  handler: Handler;
  active: boolean;
}

const RouterContext = createContext<Map<number, Entry> | null>(null);

export function KeyRouterProvider({ children }: { children: ReactNode }) {
  const registry = useRef(new Map<number, Entry>()).current;
  // Keys wait here until the previous key's state changes are committed (and so its handlers are
  // registered): React 19 commits in a later task, and a chunk such as "/vm" or Enter + "l" must reach
  // the filter that "/" opened, or the screen that Enter went back to, as separate reads would.
  const queue = useRef<Array<[string, Key]>>([]).current;
  const waiting = useRef(false);
  const [tick, setTick] = useState(0);

  const dispatchNext = useCallback(() => {
    const [input, key] = queue.shift()!;
    waiting.current = true;
    // Bumped in the same batch as the handlers' own updates, so its commit is theirs.
    setTick((t) => t + 1);
    // Snapshot: a handler may open or close components (and so change the registry) while we dispatch.
    for (const entry of [...registry.values()]) if (entry.active) entry.handler(input, key);
  }, [queue, registry]);

  const onInput = useCallback(
    (input: string, key: Key) => {
      queue.push(...(splitInput(input, key) ?? [[input, key]]));
      if (!waiting.current) dispatchNext();
    },
    [queue, dispatchNext],
  );
  useInput(onInput);

  // Runs after every child's layout effects of the commit; the next key goes a turn later, after any
  // updates those effects scheduled (a screen telling the shell it now holds the keyboard).
  useLayoutEffect(() => {
    if (tick === 0) return;
    const timer = setImmediate(() => {
      waiting.current = false;
      if (queue.length > 0) dispatchNext();
    });
    return () => clearImmediate(timer);
  }, [tick, queue, dispatchNext]);

  return <RouterContext.Provider value={registry}>{children}</RouterContext.Provider>;
}

let nextId = 1;

/** Like Ink's useInput, but active from the moment the component commits. */
export function useKeys(handler: Handler, { isActive = true }: { isActive?: boolean } = {}): void {
  const registry = useContext(RouterContext);
  if (!registry) throw new Error('useKeys must be used inside <KeyRouterProvider>');
  const id = useRef(0);
  if (id.current === 0) id.current = nextId++;
  useLayoutEffect(() => {
    registry.set(id.current, { handler, active: isActive });
  });
  useLayoutEffect(() => {
    const key = id.current;
    return () => {
      registry.delete(key);
    };
  }, [registry]);
}
