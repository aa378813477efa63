import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation, isUnstorableText } from "./errors";

// Shapes as they reach our code: pg's own errors, and Prisma's driver-adapter wrapping of them.
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
const wrapped = (cause: unknown) => Object.assign(new Error("DriverAdapterError"), { name: "DriverAdapterError", cause });

describe("database error classification", () => {
  it("recognises the database being away, directly and through the wrappers", () => {
    for (const e of [
      pgError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"),
      pgError("57P03", "the database system is not yet accepting connections"),
      pgError("57P01", "terminating connection due to administrator command"),
      new Error("Connection terminated unexpectedly"),
      new Error("timeout exceeded when trying to connect"),
      wrapped(pgError("57P03", "the database system is starting up")),
      wrapped({ kind: "postgres", originalCode: "08006", message: "connection failure" }),
      Object.assign(new Error("pool timeout"), { code: "P2024" }),
    ]) {
      expect(isDatabaseUnavailable(e), String((e as Error).message)).toBe(true);
    }
  });

  it("keeps real bugs and client mistakes apart from outages", () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(pgError("42P01", 'relation "nope" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(wrapped(pgError("23505", "duplicate key")))).toBe(false);
  });

  it("finds unique violations and unstorable text under any wrapper", () => {
    expect(isUniqueViolation(wrapped(pgError("23505", "duplicate key value")))).toBe(true);
    expect(isUniqueViolation(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(true);
    expect(isUniqueViolation(pgError("23503", "foreign key"))).toBe(false);
    expect(isUnstorableText(wrapped(pgError("22021", "invalid byte sequence for encoding \"UTF8\": 0x00")))).toBe(true);
  });

  it("survives a cause cycle", () => {
    const a: { cause?: unknown; message: string } = { message: "a" };
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
