import pino from "pino";

/**
 * Structured JSON logs on stdout. Every request's child logger carries its
 * request id, so one request can be followed through the log.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { app: "ss-ip-portal" },
  redact: { paths: ["req.headers.cookie", "req.headers.authorization", "password", "*.password"], remove: true },
});

export type Logger = pino.Logger;
