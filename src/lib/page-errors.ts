/**
 * The digest a page's error carries when the database is away, so the error boundary
 * (a client component, which sees only the digest in production) can say "try again
 * shortly" instead of "something went wrong". Shared by server and client code.
 */
export const UNAVAILABLE_DIGEST = "PORTAL_DATABASE_UNAVAILABLE";
