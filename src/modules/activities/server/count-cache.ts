import "server-only";
import type { RawFacets } from "./facet-counts";

interface Entry {
  total: number;
  facets: RawFacets;
}

const MAX_ENTRIES = 500;

/**
 * Totals and facet counts per (data version, filters), least recently used out.
 * Counting a million rows takes tens of milliseconds per facet; a repeated search
 * (paging, the same facet clicked twice) is answered from here until the next write.
 */
export class CountCache {
  private entries = new Map<string, Entry>();

  get(version: string, key: string): Entry | undefined {
    const id = `${version}|${key}`;
    const hit = this.entries.get(id);
    if (hit) {
      this.entries.delete(id);
      this.entries.set(id, hit);
    }
    return hit;
  }

  set(version: string, key: string, entry: Entry): void {
    this.entries.set(`${version}|${key}`, entry);
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

export const countCache = new CountCache();
