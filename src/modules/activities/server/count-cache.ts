import "server-only";
import { env } from "@/lib/env";
import type { Counts } from "./facet-counts";

type Entry = Counts;

const MAX_ENTRIES = 500;

/**
 * Totals and facet counts per (data version, filters), least recently used out.
 * Counting a million rows takes tens of milliseconds per facet; a repeated search
 * (paging, the same facet clicked twice) is answered from here until the next write.
 */
export class CountCache {
  private entries = new Map<string, Entry>();

  get enabled(): boolean {
    return env().ACTIVITY_COUNT_CACHE === "on";
  }

  get(version: string, key: string): Entry | undefined {
    if (!this.enabled) return undefined;
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
