// One Ink input listener for the whole app, dispatching to the handlers components register.
// Why: Ink attaches each useInput in a passive effect, which may run after the next key has already
// arrived, so a dialog that just opened could miss its first key (seen in tests: "q" then "n" quickly).
// Registration here happens in layout effects, which run synchronously when React commits.
import { useInput, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';

type Handler = (input: string, key: Key) => void;
interface Entry {
  handler: Handler;
  active: boolean;
}

const RouterContext = createContext<Map<number, Entry> | null>(null);

export function KeyRouterProvider({ children }: { children: ReactNode }) {
  const registry = useRef(new Map<number, Entry>()).current;
  useInput((input, key) => {
    // Snapshot: a handler may open or close components (and so change the registry) while we dispatch.
    for (const entry of [...registry.values()]) if (entry.active) entry.handler(input, key);
  });
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
