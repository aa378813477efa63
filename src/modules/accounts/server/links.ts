import "server-only";

/** Absolute links for emails: PUBLIC_URL, else NEXTAUTH_URL, else localhost. */
export function absoluteUrl(path: string): string {
  const base = process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
