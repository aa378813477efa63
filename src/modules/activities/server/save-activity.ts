import "server-only";
import { publicContentSettled } from "@/lib/public-content";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { db, withSqlTransaction } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { logAudited, recordAuditOn, type Audited, type AuditActor } from "@/modules/audit/server";
import { countryFacts } from "@/modules/countries/server";
import type { Modality } from "../constants";
import type { ActivityInput } from "../schemas";
import { getActivity } from "./get-activity";
import { upsertActivityRecords, type ActivityRecord } from "./copy-writer";

/** Rows written per COPY: an import's progress moves between batches. */
const WRITE_BATCH = 500;

/** An input as the COPY writer takes it: each IP area and language once, no venue country when online. */
function toRecord(id: string, input: ActivityInput): ActivityRecord {
  return {
    id,
    externalRef: input.externalRef ?? null,
    title: input.title,
    description: input.description,
    type: input.type,
    // Each value once: the facet totals count an activity once per value it lists.
    ipAreas: [...new Set(input.ipAreas)],
    organisingUnit: input.organisingUnit,
    startDate: input.startDate,
    endDate: input.endDate,
    venueCity: input.venueCity ?? null,
    venueCountry: input.online ? null : (input.venueCountry ?? null),
    online: input.online,
    beneficiaries: input.beneficiaries,
    experts: input.experts.map((e) => ({ id: randomUUID(), name: e.name, country: e.country ?? null })),
    languages: [...new Set(input.languages)],
    fundingType: input.fundingType,
    fundingDonor: input.fundingDonor ?? null,
    fundingPartner: input.fundingPartner ?? null,
    partners: input.partners,
    igoSupport: input.igoSupport,
    status: input.status,
    links: input.links,
  };
}

export interface Saved {
  id: string;
  created: boolean;
  modality: Modality;
}

/** What a create does with an external reference another activity already has. */
export type ExistingRef = "replace" | "conflict";

/** Writers of activities take turns (form, API, import, delete): checks and writes see each other. */
async function takeWritersTurn(conn: pg.ClientBase): Promise<void> {
  await conn.query("SELECT pg_advisory_xact_lock(hashtext('activity-writes'))");
}

/**
 * The one way activities are written (form, API, import), inside `inWriteTransaction`:
 * an item with an id replaces that activity, which must still exist (an edit racing a
 * delete must not bring the activity back); one whose external_ref is known replaces that
 * one (idempotent import) or, with `existingRef: "conflict"`, is refused; the others are
 * created.
 */
export async function writeActivities(
  conn: pg.ClientBase,
  items: { input: ActivityInput; id?: string; expectedVersion?: number }[],
  { onBatch, existingRef = "replace" }: { onBatch?: (done: number, total: number) => void; existingRef?: ExistingRef } = {},
): Promise<Saved[]> {
  const ids = [...new Set(items.flatMap((i) => (i.id ? [i.id] : [])))];
  if (ids.length) {
    // Under the writers' turn: nobody changes these rows between this check and the write.
    const found = await conn.query<{ id: string; version: number }>("SELECT id, version FROM activity WHERE id = ANY($1::uuid[])", [ids]);
    if (found.rowCount !== ids.length) throw notFound("No such activity (it may have been deleted meanwhile)");
    const versions = new Map(found.rows.map((r) => [r.id, r.version]));
    const stale = items.find((i) => i.id && i.expectedVersion !== undefined && versions.get(i.id) !== i.expectedVersion);
    if (stale) throw conflict(`Someone saved activity ${stale.id} after you opened it (version ${versions.get(stale.id!)}, yours ${stale.expectedVersion}); nothing was written`, await getActivity(stale.id!));
  }
  const refs = items.flatMap((i) => (!i.id && i.input.externalRef ? [i.input.externalRef] : []));
  const known = new Map(
    (await conn.query<{ id: string; external_ref: string }>("SELECT id, external_ref FROM activity WHERE external_ref = ANY($1::text[])", [refs])).rows.map(
      (r) => [r.external_ref, r.id],
    ),
  );
  if (existingRef === "conflict" && known.size) {
    const [ref, id] = [...known][0]!;
    throw conflict(`An activity with the external reference ${ref} exists already; edit that one instead`, { id, externalRef: ref });
  }
  const facts = await countryFacts(db());
  const records = items.map((i) => toRecord(i.id ?? (i.input.externalRef && known.get(i.input.externalRef)) ?? randomUUID(), i.input));
  const saved: Saved[] = [];
  for (let from = 0; from < records.length; from += WRITE_BATCH) {
    const batch = records.slice(from, from + WRITE_BATCH);
    const derived = await upsertActivityRecords(conn, batch, facts);
    batch.forEach((r, k) => {
      const item = items[from + k]!;
      saved.push({ id: r.id, created: !item.id && !(r.externalRef && known.has(r.externalRef)), modality: derived[k]!.modality });
    });
    onBatch?.(saved.length, records.length);
  }
  return saved;
}

/**
 * A transaction for writing activities: the writers' turn first, then `work`, then its
 * audit rows on the same connection, so the change and its audit commit together. A
 * reference another activity already has is a 409.
 */
export function inWriteTransaction<T>(work: (conn: pg.PoolClient) => Promise<Audited<T>>): Promise<T> {
  return withSqlTransaction(async (conn) => {
    await takeWritersTurn(conn);
    const { result, audit } = await work(conn);
    const inputs = [audit].flat();
    await recordAuditOn(conn, inputs);
    return { result, inputs };
  }).then(
    async ({ result, inputs }) => {
      logAudited(inputs);
      // The writer's next page view must not come from a copy the write made stale.
      await publicContentSettled();
      return result;
    },
    (error: unknown) => {
      if (isUniqueViolation(error)) throw conflict("an external_ref is already used by another activity (perhaps written meanwhile); nothing was written");
      throw error;
    },
  );
}

/**
 * Creates an activity. With a known external reference the API replaces that activity
 * (its documented upsert, for outside tools); the form asks for `existingRef: "conflict"`,
 * since a person creating a new record must never overwrite another one.
 */
export function createActivity(
  actor: AuditActor,
  input: ActivityInput,
  meta: RequestMeta,
  { existingRef = "replace" }: { existingRef?: ExistingRef } = {},
): Promise<{ id: string; created: boolean }> {
  return inWriteTransaction(async (conn) => {
    const [{ id, created, modality }] = (await writeActivities(conn, [{ input }], { existingRef })) as [Saved];
    return {
      result: { id, created },
      audit: { actor, action: created ? "activity.create" : "activity.update", outcome: "success", target: { type: "activity", id }, meta, detail: { externalRef: input.externalRef ?? null, modality } },
    };
  });
}

/**
 * Replaces an activity. With `expectedVersion` (the version the editor started from) a save
 * after someone else's is a 409 carrying the current record, and writes nothing.
 * Returns the new version.
 */
export function updateActivity(actor: AuditActor, id: string, input: ActivityInput, meta: RequestMeta, { expectedVersion }: { expectedVersion?: number } = {}): Promise<number> {
  return inWriteTransaction(async (conn) => {
    const [saved] = (await writeActivities(conn, [{ input, id, expectedVersion }])) as [Saved];
    const { rows } = await conn.query<{ version: number }>("SELECT version FROM activity WHERE id = $1::uuid", [id]);
    return { result: rows[0]!.version, audit: { actor, action: "activity.update", outcome: "success", target: { type: "activity", id }, meta, detail: { modality: saved.modality, version: rows[0]!.version } } };
  });
}

export function deleteActivity(actor: AuditActor, id: string, meta: RequestMeta): Promise<void> {
  return inWriteTransaction(async (conn) => {
    const deleted = await conn.query("DELETE FROM activity WHERE id = $1::uuid", [id]);
    if (deleted.rowCount === 0) throw notFound("No such activity");
    return { result: undefined, audit: { actor, action: "activity.delete", outcome: "success", target: { type: "activity", id }, meta } };
  });
}
