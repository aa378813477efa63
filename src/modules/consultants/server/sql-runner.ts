import "server-only";
import { sqlRows, type Prisma } from "@/lib/db";

/** Runs one statement: the app's pool here, the benchmark's own pool there, so both run the same SQL. */
export type SqlRunner = <T>(sql: Prisma.Sql) => Promise<T[]>;

export const appRunner: SqlRunner = sqlRows;
