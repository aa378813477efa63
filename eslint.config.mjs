import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
          {
            group: ["@/modules/*/server/*"],
            message: "Import another module's server code through its server/index.ts.",
          },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  prismaOnlyInServerCode,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    ignores: [".next/**", ".next-test/**", "node_modules/**", "src/generated/**", ".data/**", ".tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
