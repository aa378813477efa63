import "server-only";
import { db } from "@/lib/db";
import { memoUntilPublicChange } from "@/lib/public-content";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export interface RegionOption {
  code: string;
  level: "region" | "subregion" | "intermediate";
  name: string;
}

async function readRegionOptions(lng: Locale): Promise<RegionOption[]> {
  const rows = await db().region.findMany();
  const name = (names: unknown) => pickLocalized(names, lng).text;
  const out: RegionOption[] = [];
  const childrenOf = (code: string | null) => rows.filter((r) => r.parentCode === code);
  const walk = (code: string | null) => {
    for (const r of childrenOf(code).sort((a, b) => a.code.localeCompare(b.code))) {
      out.push({ code: r.code, level: r.level, name: name(r.names) });
      walk(r.code);
    }
  };
  walk(null);
  return out;
}

/**
 * M49 areas for a region filter, regions first, each followed by its sub-regions; kept per
 * language until a change to public data is reported (src/lib/public-content.ts). Shared: never mutate.
 */
export const listRegionOptions: (lng: Locale) => Promise<readonly RegionOption[]> = memoUntilPublicChange(readRegionOptions);
