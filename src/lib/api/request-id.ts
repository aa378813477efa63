const VALID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a well-formed X-Request-Id from a trusted proxy; otherwise makes a new one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && VALID.test(given) ? given : crypto.randomUUID();
}
