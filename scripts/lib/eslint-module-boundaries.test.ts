import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ROOT } from "./root";

/** The module-boundary rule as eslint.config.mjs applies it, on code at a given place in src/. */
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === "house/module-boundaries" || m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const uses = (source: string) => `import { x } from "${source}";\nexport const y = x;\n`;

describe("module boundaries (eslint.config.mjs)", () => {
  it("holds inside a module's server folder too, by alias and by relative path", async () => {
    const file = "src/modules/activities/server/example.ts";
    expect(await boundaryErrors(file, uses("../../countries/server/regions"))).toEqual([expect.stringContaining("relative path")]);
    expect(await boundaryErrors(file, uses("@/modules/countries/server/regions"))).toEqual([expect.stringContaining("through its server/index.ts")]);
    expect(await boundaryErrors(file, `export * from "@/modules/countries/server/names";\n`)).toHaveLength(1);
    expect(await boundaryErrors(file, `export const load = () => import("@/modules/audit/server/record");\n`)).toHaveLength(1);
  });

  it("lets server code import its own siblings, the database and another module's server index", async () => {
    const file = "src/modules/activities/server/example.ts";
    for (const source of ["./copy-writer", "../derive", "../seed/generate", "@/modules/activities/server/page-query", "@/lib/db", "@/generated/prisma/client", "@/modules/countries/server", "@/modules/audit/server/index"]) {
      expect(await boundaryErrors(file, uses(source)), source).toEqual([]);
    }
  });

  it("catches another module's internals from anywhere in src/", async () => {
    expect(await boundaryErrors("src/modules/activities/schemas.ts", uses("@/modules/countries/data/un-classification"))).toEqual([expect.stringContaining("internal to the countries module")]);
    expect(await boundaryErrors("src/app/api/v1/example/route.ts", uses("@/modules/activities/import/columns"))).toHaveLength(1);
    expect(await boundaryErrors("src/app/api/v1/example/route.ts", uses("../../../../modules/activities/server/resolve-query"))).toHaveLength(1);
    expect(await boundaryErrors("src/modules/activities/components/example.tsx", uses("../../countries/components/countries-page"))).toEqual([expect.stringContaining("relative path")]);
    expect(await boundaryErrors("src/modules/shell/components/example.tsx", uses("@/modules/accounts/derive"))).toHaveLength(1);
  });

  it("allows another module's public files", async () => {
    const file = "src/modules/activities/components/example.tsx";
    for (const source of ["@/modules/countries/server", "@/modules/countries/constants", "@/modules/countries/schemas", "@/modules/accounts/policy", "@/modules/accounts/actions/auth", "@/modules/shell", "@/modules/shell/components/scroll-region", "@/modules/accounts/components/pages/auth-pages"]) {
      expect(await boundaryErrors(file, uses(source)), source).toEqual([]);
    }
    expect(await boundaryErrors("src/modules/platform/openapi.ts", uses("@/modules/activities/openapi"))).toEqual([]);
  });

  it("keeps server code out of client components, types aside", async () => {
    const file = "src/modules/shell/components/example.tsx";
    expect(await boundaryErrors(file, `"use client";\n${uses("@/modules/accounts/server")}`)).toEqual([expect.stringContaining("client component")]);
    expect(await boundaryErrors(file, `"use client";\nimport type { X } from "@/modules/accounts/server";\nexport type Y = X;\n`)).toEqual([]);
  });

  it("still keeps Prisma out of everything but src/lib/db and server folders", async () => {
    expect(await boundaryErrors("src/modules/activities/components/example.tsx", uses("@/generated/prisma/client"))).toEqual([expect.stringContaining("Prisma")]);
  });
});
