import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import moduleBoundaries from "./scripts/lib/eslint-module-boundaries.mjs";

// The house rules that a linter can hold (docs/ARCHITECTURE.md).
const prismaOnlyInServerCode = {
  files: ["src/**/*.{ts,tsx}"],
  ignores: ["src/lib/db/**", "src/modules/*/server/**", "src/generated/**"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/generated/prisma*", "@prisma/*", "**/generated/prisma/**"],
            message: "Prisma is used only in src/lib/db and in a module's server/ folder.",
          },
        ],
      },
    ],
  },
};

// Everywhere in src/, server folders included: another module only through its public files
// (its server/index.ts, constants, schemas, …), never by a relative path that climbs into it.
// Tests, benchmarks and scripts outside src/ may reach internals: they test and measure them.
const moduleBoundariesEverywhere = {
  files: ["src/**/*.{ts,tsx,js,jsx,mjs}"],
  ignores: ["src/generated/**"],
  plugins: { house: { rules: { "module-boundaries": moduleBoundaries } } },
  rules: { "house/module-boundaries": "error" },
};

const config = [
  ...nextVitals,
  ...nextTs,
  prismaOnlyInServerCode,
  moduleBoundariesEverywhere,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "src/generated/**", ".data/**", ".tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
