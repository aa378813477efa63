/**
 * What this process knows about changes to public data, from the portal's server
 * (scripts/lib/public-content-listener.mjs, which LISTENs for the trigger
 * notify_public_content_changed). The server and the app share a process but not a module
 * graph (Next.js bundles the app), so the two meet on globalThis under registered symbols.
 * Without that server (integration tests, `next dev`) there is no listener: nothing is
 * memoized and settling is immediate.
 */
const SETTLED = Symbol.for("portal.publicContent.settled");
const GENERATION = Symbol.for("portal.publicContent.generation");

type Registry = { [SETTLED]?: () => Promise<void>; [GENERATION]?: () => number | null };
const registry = globalThis as unknown as Registry;

/**
 * After a commit: resolves once this process has received the change notification, so
 * the writer's next page view is not answered from a copy that predates the write.
 */
export async function publicContentSettled(): Promise<void> {
  try {
    await registry[SETTLED]?.();
  } catch {
    // A lost listener turns the page cache off by itself; the write has committed either way.
  }
}

/** A number that changes whenever public data may have changed; null when no listener watches. */
export function publicContentGeneration(): number | null {
  return registry[GENERATION]?.() ?? null;
}

/**
 * `compute(key)` once per key until public data changes (then again on next use). Used for
 * reference data read on every page view (country names, region lists) that only a seed or
 * an edit changes. Without a listener every call computes.
 */
export function memoUntilPublicChange<K, V>(compute: (key: K) => Promise<V>): (key: K) => Promise<V> {
  let seen: number | null = null;
  const values = new Map<K, Promise<V>>();
  return (key) => {
    const generation = publicContentGeneration();
    if (generation === null) return compute(key);
    if (generation !== seen) {
      values.clear();
      seen = generation;
    }
    let value = values.get(key);
    if (!value) {
      value = compute(key);
      values.set(key, value);
      // A failed read is not kept.
      value.catch(() => values.get(key) === value && values.delete(key));
    }
    return value;
  };
}
