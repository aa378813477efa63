import "server-only";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { db, withSqlTransaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { recordAudit, type AuditActor } from "@/modules/audit/server";
import { countryFacts } from "@/modules/countries/server";
import type { Modality } from "../constants";
import type { ActivityInput } from "../schemas";
import { upsertActivityRecords, type ActivityRecord } from "./bulk-load";

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

/**
 * The one way activities are written (form, API, import), inside the caller's transaction:
 * an item with an id replaces that activity; one whose external_ref is known replaces that one
 * (idempotent import); the others are created. Writers take turns, so two cannot both create
 * the same new reference.
 */
export async function writeActivities(
  conn: pg.ClientBase,
  items: { input: ActivityInput; id?: string }[],
  onBatch?: (done: number, total: number) => void,
): Promise<Saved[]> {
  await conn.query("SELECT pg_advisory_xact_lock(hashtext('activity-writes'))");
  const refs = items.flatMap((i) => (!i.id && i.input.externalRef ? [i.input.externalRef] : []));
  const known = new Map(
    (await conn.query<{ id: string; external_ref: string }>("SELECT id, external_ref FROM activity WHERE external_ref = ANY($1::text[])", [refs])).rows.map(
      (r) => [r.external_ref, r.id],
    ),
  );
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

/** A transaction for writeActivities; a reference another activity already has is a 409. */
export function inWriteTransaction<T>(work: (conn: pg.PoolClient) => Promise<T>): Promise<T> {
  return withSqlTransaction(work).catch((error: { code?: string }) => {
    if (error.code === "23505") throw conflict("an external_ref is already used by another activity (perhaps written meanwhile); nothing was written");
    throw error;
  });
}

/** Creates an activity, or replaces the one with the same external reference (idempotent import). */
export async function createActivity(actor: AuditActor, input: ActivityInput, meta: RequestMeta): Promise<{ id: string; created: boolean }> {
  const [saved] = await inWriteTransaction((conn) => writeActivities(conn, [{ input }]));
  const { id, created, modality } = saved!;
  await recordAudit({
    actor,
    action: created ? "activity.create" : "activity.update",
    outcome: "success",
    target: { type: "activity", id },
    meta,
    detail: { externalRef: input.externalRef ?? null, modality },
  });
  return { id, created };
}

export async function updateActivity(actor: AuditActor, id: string, input: ActivityInput, meta: RequestMeta): Promise<void> {
  if (!(await db().activity.findUnique({ where: { id }, select: { id: true } }))) throw notFound("No such activity");
  const [saved] = await inWriteTransaction((conn) => writeActivities(conn, [{ input, id }]));
  await recordAudit({ actor, action: "activity.update", outcome: "success", target: { type: "activity", id }, meta, detail: { modality: saved!.modality } });
}

export async function deleteActivity(actor: AuditActor, id: string, meta: RequestMeta): Promise<void> {
  const deleted = await db().activity.deleteMany({ where: { id } });
  if (deleted.count === 0) throw notFound("No such activity");
  await recordAudit({ actor, action: "activity.delete", outcome: "success", target: { type: "activity", id }, meta });
}
