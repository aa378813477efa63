import "server-only";
import { db } from "@/lib/db";
import { memoUntilPublicChange } from "@/lib/public-content";
import { CLASSIFICATION_SOURCES } from "../data/un-classification";

export interface CountryStats {
  total: number;
  developing: number;
  ldc: number;
  ldcAsOf: string;
}

async function readCountryStats(): Promise<CountryStats> {
  const [total, developing, ldc] = await Promise.all([
    db().country.count(),
    db().country.count({ where: { developmentStatus: "developing" } }),
    db().country.count({ where: { ldc: true } }),
  ]);
  return { total, developing, ldc, ldcAsOf: CLASSIFICATION_SOURCES.ldc.asOf };
}

const memoized = memoUntilPublicChange(readCountryStats);

/** The home page's counts; kept until a change to public data is reported (src/lib/public-content.ts). */
export function countryStats(): Promise<CountryStats> {
  return memoized(undefined);
}
