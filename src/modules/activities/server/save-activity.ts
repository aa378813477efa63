import "server-only";
import { publicContentSettled } from "@/lib/public-content";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { db, withSqlTransaction } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { logAudited, recordAuditOn, type Audited, type AuditActor } from "@/modules/audit/server";
import { approvedConsultants, assignedNationalities, insertAssignments } from "@/modules/consultants/server";
import { countryFacts } from "@/modules/countries/server";
import type { Modality } from "../constants";
import { deriveFacts } from "../derive";
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

/**
 * Writers of activities take turns (form, API, import, delete, and the roster's assignment
 * changes, which re-derive the modality): checks and writes see each other.
 */
export async function takeWritersTurn(conn: pg.ClientBase): Promise<void> {
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
  items: { input: ActivityInput; id?: string; expectedVersion?: number; consultantIds?: string[] }[],
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
  const pending = await pendingAssignments(conn, items, records);
  const saved: Saved[] = [];
  for (let from = 0; from < records.length; from += WRITE_BATCH) {
    const batch = records.slice(from, from + WRITE_BATCH);
    const derived = await upsertActivityRecords(conn, batch, facts, { pendingAssignments: pending });
    batch.forEach((r, k) => {
      const item = items[from + k]!;
      saved.push({ id: r.id, created: !item.id && !(r.externalRef && known.has(r.externalRef)), modality: derived[k]!.modality });
    });
    onBatch?.(saved.length, records.length);
  }
  // The roster experts an import names (role expert, the activity's dates): written after their
  // activities exist; the modality above was already derived with their nationalities.
  await insertAssignments(
    conn,
    records.flatMap((r, k) => (items[k]!.consultantIds ?? []).map((consultantId) => ({ consultantId, activityId: r.id, role: "expert" as const, startsOn: r.startDate, endsOn: r.endDate }))),
  );
  return saved;
}

/**
 * Activity id → consultant id → nationalities, for the roster experts items name
 * (`consultantIds`). Checked again here, under the writers' turn: a profile that is not (or
 * no longer) approved refuses the write.
 */
async function pendingAssignments(conn: pg.ClientBase, items: { consultantIds?: string[] }[], records: ActivityRecord[]): Promise<Map<string, Map<string, string[]>> | undefined> {
  const wanted = [...new Set(items.flatMap((i) => i.consultantIds ?? []))];
  if (!wanted.length) return undefined;
  const approved = await approvedConsultants(conn, wanted);
  const missing = wanted.find((id) => !approved.has(id));
  if (missing) throw invalidInput([{ name: "consultantIds", reason: "unknown_consultant" }], `No approved roster profile ${missing}; nothing was written`);
  return new Map(records.map((r, k) => [r.id, new Map((items[k]!.consultantIds ?? []).map((id) => [id, approved.get(id)!]))]));
}

/**
 * Re-derives what the roster changes of these activities (their modality, from the assigned
 * consultants' nationalities) and stores it where it changed, inside the caller's transaction,
 * which must hold the writers' turn (`takeWritersTurn`). The edited record and its version stay
 * as they are: an editor's open form is not made stale by an assignment. The triggers then
 * refresh the facet totals and the consultants' counters. Returns the activities whose modality changed.
 */
export async function rederiveActivities(conn: pg.ClientBase, ids: readonly string[]): Promise<{ id: string; modality: Modality }[]> {
  if (!ids.length) return [];
  const { rows } = await conn.query<{
    id: string;
    title: ActivityRecord["title"];
    description: ActivityRecord["description"];
    start_date: string;
    funding_donor: string | null;
    igo_support: boolean;
    modality: string;
    beneficiaries: ActivityRecord["beneficiaries"];
    experts: { name: string; country: string | null }[];
  }>(
    `SELECT a.id, a.title, a.description, a.start_date::text AS start_date, a.funding_donor, a.igo_support, a.modality::text AS modality,
            coalesce((SELECT json_agg(json_build_object('country', b.country, 'participants', b.participants)) FROM activity_beneficiary b WHERE b.activity_id = a.id), '[]') AS beneficiaries,
            coalesce((SELECT json_agg(json_build_object('name', e.name, 'country', e.country)) FROM activity_expert e WHERE e.activity_id = a.id), '[]') AS experts
     FROM activity a WHERE a.id = ANY($1::uuid[])`,
    [[...ids]],
  );
  if (!rows.length) return [];
  const facts = await countryFacts(db());
  const assigned = await assignedNationalities(conn, ids);
  const changed = rows.flatMap((r) => {
    const { modality } = deriveFacts(
      {
        title: r.title,
        description: r.description,
        startDate: r.start_date,
        beneficiaries: r.beneficiaries,
        experts: r.experts,
        assignedNationalities: [...(assigned.get(r.id)?.values() ?? [])],
        fundingDonor: r.funding_donor,
        igoSupport: r.igo_support,
      },
      facts,
    );
    return modality.replace("-", "_") === r.modality ? [] : [{ id: r.id, modality }];
  });
  if (changed.length) {
    await conn.query(
      `UPDATE activity a SET modality = v.modality::"Modality", updated_at = now()
       FROM unnest($1::uuid[], $2::text[]) AS v(id, modality) WHERE a.id = v.id`,
      [changed.map((c) => c.id), changed.map((c) => c.modality.replace("-", "_"))],
    );
  }
  return changed;
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
