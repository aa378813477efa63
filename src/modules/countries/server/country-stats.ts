import "server-only";
import { db } from "@/lib/db";
import { CLASSIFICATION_SOURCES } from "../data/un-classification";

export interface CountryStats {
  total: number;
  developing: number;
  ldc: number;
  ldcAsOf: string;
}

export async function countryStats(): Promise<CountryStats> {
  const [total, developing, ldc] = await Promise.all([
    db().country.count(),
    db().country.count({ where: { developmentStatus: "developing" } }),
    db().country.count({ where: { ldc: true } }),
  ]);
  return { total, developing, ldc, ldcAsOf: CLASSIFICATION_SOURCES.ldc.asOf };
}
