import { z } from "zod";

/**
 * The process environment, validated once. A missing or malformed variable stops
 * the app at start with a message naming it, instead of failing on first use.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required (npm start sets it for the embedded PostgreSQL)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must have at least 32 characters").optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be smtp:// or smtps://").optional(),
  MAIL_FROM: z.string().default("South-South IP Portal <no-reply@localhost>"),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Single sign-on"),
  /** Keep search totals and facet counts in memory until the next write ("off": the benchmark's uncached run). */
  ACTIVITY_COUNT_CACHE: z.enum(["on", "off"]).default("on"),
  /**
   * How many reverse proxies stand in front of the app, each appending to X-Forwarded-For
   * (docker-compose.yml: nginx, so 1). 0: trust no forwarding header, the client is the
   * socket's peer. Read by scripts/server.mjs, which sets the client address for the app
   * (scripts/lib/portal-server.mjs applies the same rule).
   */
  TRUSTED_PROXIES: z.coerce
    .number({ error: "TRUSTED_PROXIES must be a whole number of proxy hops (0 = none)" })
    .int("TRUSTED_PROXIES must be a whole number of proxy hops (0 = none)")
    .min(0, "TRUSTED_PROXIES must be 0 or more")
    .max(10, "TRUSTED_PROXIES above 10 is surely a mistake")
    .default(0),
  /** Demo data and demo accounts; `npm start` sets it (scripts/lib/database.ts isDemoMode). */
  DEMO_MODE: z.enum(["true", "false"], { error: "DEMO_MODE must be true or false" }).optional(),
  /** Organisation country given to accounts first created through single sign-on. */
  OIDC_DEFAULT_COUNTRY: z.string().regex(/^[A-Z]{2}$/).default("CH"),
}).superRefine((e, ctx) => {
  if (e.NODE_ENV === "production" && !e.NEXTAUTH_SECRET) {
    ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required in production" });
  }
  const oidc = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc > 0 && oidc < 3) {
    ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together" });
  }
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment; parsed on first use so `next build` needs no database. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
