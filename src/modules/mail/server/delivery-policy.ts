/** How the mail worker paces itself: attempts, backoff, leases and SMTP timeouts. */

export const MAX_ATTEMPTS = 8;

/** Seconds to wait before attempt n+1: 30 s, 1 min, 2 min … capped at 6 h. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

/**
 * How long a claimed row belongs to the worker that claimed it. Past it, the row is claimable
 * again: that is how an email whose worker crashed mid-send is retried.
 */
export const LEASE_SECONDS = 300;

/**
 * A worker starts a send only in the first half of its lease, and one send is bounded by the
 * SMTP timeouts below (well under the other half), so a live worker never sends a row whose
 * lease may have passed to another instance. Rows it has no time for are handed back.
 */
export const SEND_WITHIN_MS = (LEASE_SECONDS * 1000) / 2;

/** nodemailer waits up to 2 min to connect and 10 min on a silent socket by default. */
export const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 } as const;
