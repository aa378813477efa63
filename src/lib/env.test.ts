import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("names a missing DATABASE_URL", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/DATABASE_URL/);
  });
  it("refuses a non-PostgreSQL URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgresql/);
  });
  it("applies defaults", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@h/db" })).toMatchObject({ DB_POOL_MAX: 10, DB_CONNECT_TIMEOUT_MS: 2000, TRUSTED_PROXIES: 0 });
  });
  it("reads TRUSTED_PROXIES as a hop count and refuses anything else", () => {
    const url = "postgresql://u:p@h/db";
    expect(parseEnv({ DATABASE_URL: url, TRUSTED_PROXIES: "1" }).TRUSTED_PROXIES).toBe(1);
    expect(parseEnv({ DATABASE_URL: url, TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "true", "11"]) {
      expect(() => parseEnv({ DATABASE_URL: url, TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
  it("accepts DEMO_MODE true or false only", () => {
    const url = "postgresql://u:p@h/db";
    expect(parseEnv({ DATABASE_URL: url, DEMO_MODE: "true" }).DEMO_MODE).toBe("true");
    expect(() => parseEnv({ DATABASE_URL: url, DEMO_MODE: "1" })).toThrow(/DEMO_MODE/);
  });
  it("requires NEXTAUTH_SECRET in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://u:p@h/db" })).toThrow(/NEXTAUTH_SECRET is required/);
  });
});
