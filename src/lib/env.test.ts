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
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@h/db" })).toMatchObject({ DB_POOL_MAX: 10, DB_CONNECT_TIMEOUT_MS: 2000 });
  });
});
