import "server-only";
import { randomUUID } from "node:crypto";
import { db, Prisma, type PrismaClient } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { recordAudit, type AuditActor } from "@/modules/audit/server";
import { countryFacts } from "@/modules/countries/server";
import { deriveFacts, tsvectorText } from "../derive";
import type { ActivityInput } from "../schemas";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Writes one activity with its derived fields, beneficiaries and experts, inside the caller's transaction. */
async function write(tx: Tx, id: string, input: ActivityInput, exists: boolean) {
  const facts = await countryFacts(db());
  const d = deriveFacts(
    { ...input, description: input.description, fundingDonor: input.fundingDonor ?? null, experts: input.experts },
    facts,
  );
  const data = {
    externalRef: input.externalRef ?? null,
    title: input.title,
    description: input.description,
    contentLocales: d.contentLocales,
    type: input.type,
    // Each value once: the facet totals count an activity once per value it lists.
    ipAreas: [...new Set(input.ipAreas)],
    organisingUnit: input.organisingUnit,
    startDate: new Date(`${input.startDate}T00:00:00Z`),
    endDate: new Date(`${input.endDate}T00:00:00Z`),
    year: d.year,
    venueCity: input.venueCity ?? null,
    venueCountry: input.online ? null : (input.venueCountry ?? null),
    online: input.online,
    beneficiaryCountries: d.beneficiaryCountries,
    beneficiaryRegions: d.beneficiaryRegions,
    beneficiaryStatuses: d.beneficiaryStatuses,
    totalParticipants: d.totalParticipants,
    languages: [...new Set(input.languages)],
    fundingType: input.fundingType,
    fundingDonor: input.fundingDonor ?? null,
    fundingPartner: input.fundingPartner ?? null,
    partners: input.partners,
    igoSupport: input.igoSupport,
    modality: d.modality.replace("-", "_") as "south_south" | "triangular" | "north_south",
    status: input.status,
    links: input.links,
  };
  const children = {
    beneficiaries: { create: input.beneficiaries.map((b) => ({ country: b.country, participants: b.participants })) },
    experts: { create: input.experts.map((e) => ({ name: e.name, country: e.country ?? null })) },
  };
  if (exists) {
    await tx.activityBeneficiary.deleteMany({ where: { activityId: id } });
    await tx.activityExpert.deleteMany({ where: { activityId: id } });
    await tx.activity.update({ where: { id }, data: { ...data, ...children } });
  } else {
    await tx.activity.create({ data: { id, ...data, ...children } });
  }
  await tx.$executeRaw`UPDATE activity SET search_vector = ${tsvectorText(d.searchTokens, d.titleTokens)}::tsvector WHERE id = ${id}::uuid`;
  return d;
}

/** Inserts, or replaces the activity with the same external reference, inside the caller's transaction. */
export async function upsertActivity(tx: Tx, input: ActivityInput) {
  const existing = input.externalRef ? await tx.activity.findUnique({ where: { externalRef: input.externalRef }, select: { id: true } }) : null;
  const id = existing?.id ?? randomUUID();
  const d = await write(tx, id, input, Boolean(existing));
  return { id, created: !existing, modality: d.modality };
}

/** Creates an activity, or replaces the one with the same external reference (idempotent import). */
export async function createActivity(actor: AuditActor, input: ActivityInput, meta: RequestMeta): Promise<{ id: string; created: boolean }> {
  const { id, created, modality } = await db()
    .$transaction(async (tx) => {
      // Takes its turn with imports, which may be writing the same external reference.
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('activity-import'))::text AS locked`;
      return upsertActivity(tx, input);
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw conflict("this external_ref was written by someone else meanwhile; send it again");
      }
      throw error;
    });
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
  const d = await db().$transaction((tx) => write(tx, id, input, true));
  await recordAudit({ actor, action: "activity.update", outcome: "success", target: { type: "activity", id }, meta, detail: { modality: d.modality } });
}

export async function deleteActivity(actor: AuditActor, id: string, meta: RequestMeta): Promise<void> {
  const deleted = await db().activity.deleteMany({ where: { id } });
  if (deleted.count === 0) throw notFound("No such activity");
  await recordAudit({ actor, action: "activity.delete", outcome: "success", target: { type: "activity", id }, meta });
}
