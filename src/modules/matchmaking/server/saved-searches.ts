import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { invalidInput, notFound } from "@/lib/errors";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import { absoluteUrl } from "@/modules/accounts/server";
import { auditedWrite } from "@/modules/audit/server";
import { enqueueEmail } from "@/modules/mail/server";
import type { DigestFrequency } from "../constants";
import { listingsQuerySchema } from "../schemas";
import { resolveListingQuery } from "./resolve-query";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
/** What a saved search keeps of a query: its filters, never a cursor, page size or sort. */
const canonicalQuery = (raw: string): string => {
  const params = new URLSearchParams(raw.replace(/^\?/, ""));
  for (const k of ["cursor", "limit", "sort", "lng"]) params.delete(k);
  params.sort();
  return params.toString();
};

function parseSaved(query: string) {
  const params = new URLSearchParams(query);
  const obj: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    obj[key] = all.length > 1 ? all : all[0]!;
  }
  return listingsQuerySchema.safeParse(obj);
}

/** Saves a listing search for its daily or weekly digest; the same search saved twice keeps one (the new frequency). */
export async function saveSearch(user: CurrentUser, rawQuery: string, frequency: DigestFrequency, meta: RequestMeta): Promise<{ id: string }> {
  const query = canonicalQuery(rawQuery);
  const parsed = parseSaved(query);
  if (!parsed.success) throw invalidInput(parsed.error.issues.map((i) => ({ name: `query.${i.path.join(".")}`, reason: i.message })));
  return auditedWrite(async (tx) => {
    const [existing] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM saved_search WHERE user_id = ${user.id}::uuid AND query = ${query} FOR UPDATE`;
    const id = existing?.id ?? randomUUID();
    if (existing) await tx.$executeRaw`UPDATE saved_search SET frequency = ${frequency}::"DigestFrequency" WHERE id = ${id}::uuid`;
    else {
      await tx.$executeRaw`INSERT INTO saved_search (id, user_id, query, frequency, token_hash)
        VALUES (${id}::uuid, ${user.id}::uuid, ${query}, ${frequency}::"DigestFrequency", ${hash(randomBytes(32).toString("base64url"))})`;
    }
    return { result: { id }, audit: { actor: { id: user.id, email: user.email, roles: user.roles }, action: "saved_search.save", outcome: "success", target: { type: "saved_search", id }, meta, detail: { query, frequency } } };
  });
}

export async function listSavedSearches(user: CurrentUser): Promise<{ id: string; query: string; frequency: DigestFrequency; lastSentAt: string }[]> {
  const rows = await db().$queryRaw<{ id: string; query: string; frequency: DigestFrequency; last_sent_at: Date }[]>`
    SELECT id, query, frequency::text AS frequency, last_sent_at FROM saved_search WHERE user_id = ${user.id}::uuid ORDER BY created_at, id`;
  return rows.map((r) => ({ id: r.id, query: r.query, frequency: r.frequency, lastSentAt: r.last_sent_at.toISOString() }));
}

export async function deleteSavedSearch(user: CurrentUser, id: string, meta: RequestMeta): Promise<void> {
  await auditedWrite(async (tx) => {
    const n = await tx.$executeRaw`DELETE FROM saved_search WHERE id = ${id}::uuid AND user_id = ${user.id}::uuid`;
    if (n === 0) throw notFound("No such saved search");
    return { result: undefined, audit: { actor: { id: user.id, email: user.email, roles: user.roles }, action: "saved_search.delete", outcome: "success", target: { type: "saved_search", id }, meta } };
  });
}

/** The digest's one-click unsubscribe: the token alone, no sign-in; an unknown or used token is a 404. */
export async function unsubscribe(token: string, meta: RequestMeta): Promise<void> {
  await auditedWrite(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string; user_id: string }[]>`DELETE FROM saved_search WHERE token_hash = ${hash(token)} RETURNING id, user_id`;
    if (!row) throw notFound("This link was already used, or the search was deleted");
    return { result: undefined, audit: { actor: null, action: "saved_search.unsubscribe", outcome: "success", target: { type: "saved_search", id: row.id }, meta, detail: { userId: row.user_id } } };
  });
}

const DUE = Prisma.sql`(frequency = 'daily' AND last_sent_at <= now() - interval '1 day') OR (frequency = 'weekly' AND last_sent_at <= now() - interval '7 days')`;

/**
 * The digests that are due: for each saved search, the listings published since its last digest
 * that match it (at most 20 named, the count of all), in the subscriber's language, with a new
 * single-use unsubscribe link (its token replaces the old one; only its hash is stored). A search
 * with nothing new sends nothing but still moves on.
 */
export async function sendDigests(batch = 100): Promise<number> {
  return auditedWrite(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; query: string; last_sent_at: Date; email: string; name: string; preferred_language: string }[]>`
      SELECT s.id, s.query, s.last_sent_at, u.email::text AS email, u.name, u.preferred_language
      FROM saved_search s JOIN app_user u ON u.id = s.user_id AND u.active
      WHERE ${DUE} ORDER BY s.last_sent_at, s.id LIMIT ${batch} FOR UPDATE OF s SKIP LOCKED`;
    let sent = 0;
    for (const s of due) {
      const parsed = parseSaved(s.query);
      const lng = isLocale(s.preferred_language) ? s.preferred_language : DEFAULT_LOCALE;
      let token: string | null = null;
      if (parsed.success) {
        const resolved = resolveListingQuery({ ...parsed.data, lng, limit: 20 });
        const rows = await tx.$queryRaw<{ id: string; title: unknown; total: number }[]>`
          SELECT id, title, count(*) OVER ()::int AS total FROM listing
          WHERE ${resolved.where} AND published_at > ${s.last_sent_at}
          ORDER BY published_at DESC, id DESC LIMIT 20`;
        if (rows.length) {
          token = randomBytes(32).toString("base64url");
          const lines = rows.map((r) => `- ${pickLocalized(r.title, lng).text}\n  ${absoluteUrl(`/${lng}/matchmaking/listings/${r.id}`)}`).join("\n");
          await enqueueEmail(
            {
              to: s.email,
              locale: lng,
              template: "savedSearchDigest",
              vars: {
                name: s.name,
                total: String(rows[0]!.total),
                listings: lines,
                link: absoluteUrl(`/${lng}/matchmaking?${s.query}`),
                unsubscribe: absoluteUrl(`/${lng}/matchmaking/unsubscribe?token=${token}`),
              },
            },
            tx,
          );
          sent++;
        }
      }
      await tx.$executeRaw`UPDATE saved_search SET last_sent_at = now(), token_hash = CASE WHEN ${token}::text IS NULL THEN token_hash ELSE ${token ? hash(token) : ""} END WHERE id = ${s.id}::uuid`;
    }
    return { result: sent, audit: sent ? { actor: null, action: "saved_search.digest", outcome: "success", detail: { digests: sent } } : [] };
  });
}
