import { describe, expect, it } from "vitest";
import { connectionFields } from "./cli-adapter";

describe("connectionFields", () => {
  it("splits a URL into discrete fields, decoding credentials", () => {
    expect(connectionFields("postgresql://us%40er:p%2Fss@db.example:6543/portal?schema=app")).toEqual({
      host: "db.example",
      port: 6543,
      user: "us@er",
      password: "p/ss",
      database: "portal",
      options: "-c search_path=app",
    });
  });
  it("defaults the port and database", () => {
    expect(connectionFields("postgres://u:p@localhost")).toMatchObject({ port: 5432, database: "postgres" });
  });
});
