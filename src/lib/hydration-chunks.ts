/**
 * Long static lists are split into Suspense boundaries of this many items: React hydrates each
 * boundary as a separate task and yields between them, so hydration does not become one long task
 * on a slow phone (Lighthouse's total blocking time). Measured in bench/public-pages.ts.
 */
export const HYDRATION_CHUNK = 10;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
