import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import { recordAudit, type AuditActor } from "@/modules/audit/server";
import { countryFacts } from "@/modules/countries/server";
import { deriveFacts, tsvectorText } from "../derive";
import type { ActivityInput } from "../schemas";

/** Writes one activity with its derived fields, beneficiaries and experts, in one transaction. */
async function write(id: string, input: ActivityInput, exists: boolean) {
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
    ipAreas: input.ipAreas,
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
    languages: input.languages,
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
  await db().$transaction(async (tx) => {
    if (exists) {
      await tx.activityBeneficiary.deleteMany({ where: { activityId: id } });
      await tx.activityExpert.deleteMany({ where: { activityId: id } });
      await tx.activity.update({ where: { id }, data: { ...data, ...children } });
    } else {
      await tx.activity.create({ data: { id, ...data, ...children } });
    }
    await tx.$executeRaw`UPDATE activity SET search_vector = ${tsvectorText(d.searchTokens, d.titleTokens)}::tsvector WHERE id = ${id}::uuid`;
  });
  return d;
}

/** Creates an activity, or replaces the one with the same external reference (idempotent import). */
export async function createActivity(actor: AuditActor, input: ActivityInput, meta: RequestMeta): Promise<{ id: string; created: boolean }> {
  const existing = input.externalRef ? await db().activity.findUnique({ where: { externalRef: input.externalRef }, select: { id: true } }) : null;
  const id = existing?.id ?? randomUUID();
  const d = await write(id, input, Boolean(existing));
  await recordAudit({
    actor,
    action: existing ? "activity.update" : "activity.create",
    outcome: "success",
    target: { type: "activity", id },
    meta,
    detail: { externalRef: input.externalRef ?? null, modality: d.modality },
  });
  return { id, created: !existing };
}

export async function updateActivity(actor: AuditActor, id: string, input: ActivityInput, meta: RequestMeta): Promise<void> {
  if (!(await db().activity.findUnique({ where: { id }, select: { id: true } }))) throw notFound("No such activity");
  const d = await write(id, input, true);
  await recordAudit({ actor, action: "activity.update", outcome: "success", target: { type: "activity", id }, meta, detail: { modality: d.modality } });
}

export async function deleteActivity(actor: AuditActor, id: string, meta: RequestMeta): Promise<void> {
  const deleted = await db().activity.deleteMany({ where: { id } });
  if (deleted.count === 0) throw notFound("No such activity");
  await recordAudit({ actor, action: "activity.delete", outcome: "success", target: { type: "activity", id }, meta });
}
