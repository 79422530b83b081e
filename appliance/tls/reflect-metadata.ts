// @peculiar/x509 loads tsyringe, which refuses to start without a Reflect metadata polyfill
// ("reflect-metadata"). x509 only stores and reads plain values through it, so this small WeakMap
// version is enough and saves a dependency. Import it before '@peculiar/x509'; it defines nothing
// when a real polyfill is already loaded.
type Key = unknown;
type Meta = Map<Key, unknown>;

interface ReflectMetadata {
  defineMetadata(key: Key, value: unknown, target: object, prop?: PropertyKey): void;
  getOwnMetadata(key: Key, target: object, prop?: PropertyKey): unknown;
  getMetadata(key: Key, target: object, prop?: PropertyKey): unknown;
  hasMetadata(key: Key, target: object, prop?: PropertyKey): boolean;
  metadata(key: Key, value: unknown): (target: object, prop?: PropertyKey) => void;
}

const R = Reflect as unknown as Partial<ReflectMetadata>;

if (typeof R.getMetadata !== 'function') {
  const store = new WeakMap<object, Map<PropertyKey | undefined, Meta>>();
  const own = (target: object, prop: PropertyKey | undefined, create: boolean): Meta | undefined => {
    let byProp = store.get(target);
    if (!byProp && create) store.set(target, (byProp = new Map()));
    let meta = byProp?.get(prop);
    if (!meta && create && byProp) byProp.set(prop, (meta = new Map()));
    return meta;
  };
  const lookup = (key: Key, target: object, prop?: PropertyKey): { found: boolean; value: unknown } => {
    for (let t: object | null = target; t !== null; t = Object.getPrototypeOf(t) as object | null) {
      const meta = own(t, prop, false);
      if (meta?.has(key)) return { found: true, value: meta.get(key) };
    }
    return { found: false, value: undefined };
  };
  const impl: ReflectMetadata = {
    defineMetadata: (key, value, target, prop) => void own(target, prop, true)!.set(key, value),
    getOwnMetadata: (key, target, prop) => own(target, prop, false)?.get(key),
    getMetadata: (key, target, prop) => lookup(key, target, prop).value,
    hasMetadata: (key, target, prop) => lookup(key, target, prop).found,
    metadata: (key, value) => (target, prop) => impl.defineMetadata(key, value, target, prop),
  };
  Object.assign(Reflect, impl);
}

export {};
