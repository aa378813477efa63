import "server-only";
import { arrayLiteral } from "@/lib/db/array-literal";
import { randomUUID } from "node:crypto";
import { db, type DbTx } from "@/lib/db";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import type { RequestMeta } from "@/lib/request-meta";
import type { CurrentUser } from "@/modules/accounts/server";
import type { Modality } from "@/modules/activities/constants";
import { auditedWrite, type AuditInput } from "@/modules/audit/server";
import { countryFacts } from "@/modules/countries/server";
import type { MatchInput, MatchUpdate, PartyInput } from "../schemas";
import { canTake, transitionTo } from "../state-machine";
import { matchModality } from "./match-modality";
import { emailEach, ownerRecipients } from "./notify";

const actorOf = (u: CurrentUser) => ({ id: u.id, email: u.email, roles: u.roles });

interface PartyFacts {
  party: PartyInput;
  /** The countries this party stands for: a need's beneficiaries, an offer's or organisation's country, a consultant's nationalities. */
  countries: string[];
  igo: boolean;
  listing: { id: string; kind: string; status: string; owner_id: string | null; owner_country: string | null; title: unknown; ip_areas: string[]; themes: string[] } | null;
}

async function resolveParties(tx: DbTx, parties: PartyInput[]): Promise<PartyFacts[]> {
  const out: PartyFacts[] = [];
  for (const [i, p] of parties.entries()) {
    if (p.listingId) {
      const [l] = await tx.$queryRaw<(NonNullable<PartyFacts["listing"]> & { countries: string[]; organisation_type: string })[]>`
        SELECT id, kind::text AS kind, status::text AS status, owner_id, owner_country, title, ip_areas::text[] AS ip_areas, themes::text[] AS themes,
          countries, organisation_type::text AS organisation_type
        FROM listing WHERE id = ${p.listingId}::uuid FOR UPDATE`;
      if (!l) throw invalidInput([{ name: `parties.${i}.listingId`, reason: "unknown_listing" }]);
      if (!["published", "in_discussion", "matched"].includes(l.status)) throw invalidInput([{ name: `parties.${i}.listingId`, reason: "listing_not_open" }]);
      const countries = l.kind === "need" ? (l.countries.length ? l.countries : [l.owner_country].filter((c): c is string => !!c)) : [l.owner_country, ...l.countries].filter((c): c is string => !!c);
      out.push({ party: p, countries: [...new Set(countries)], igo: l.organisation_type === "igo", listing: l });
    } else if (p.consultantId) {
      const [c] = await tx.$queryRaw<{ nationalities: string[] }[]>`SELECT nationalities FROM consultant WHERE id = ${p.consultantId}::uuid AND status = 'approved'`;
      if (!c) throw invalidInput([{ name: `parties.${i}.consultantId`, reason: "unknown_consultant" }]);
      out.push({ party: p, countries: c.nationalities, igo: false, listing: null });
    } else {
      out.push({ party: p, countries: p.country ? [p.country] : [], igo: p.organisationType === "igo", listing: null });
    }
  }
  return out;
}

export { matchModality } from "./match-modality";

async function checkActivities(tx: DbTx, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const found = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM activity WHERE id = ANY(${ids}::uuid[])`;
  const known = new Set(found.map((r) => r.id));
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) throw invalidInput([{ name: `activityIds.${missing}`, reason: "unknown_activity" }]);
}

/**
 * The secretariat records a match: its parties (listings, roster consultants, organisations),
 * its derived modality, and the listings it joins become matched through their state machine.
 * Everything, the audit rows and the owners' emails commit together.
 */
export async function recordMatch(user: CurrentUser, input: MatchInput, meta: RequestMeta): Promise<{ id: string; modality: Modality }> {
  const facts = await countryFacts(db());
  return auditedWrite(async (tx) => {
    const parties = await resolveParties(tx, input.parties);
    await checkActivities(tx, input.activityIds);
    const { modality, beneficiaries } = matchModality(parties, facts);
    const listings = parties.flatMap((p) => (p.listing ? [p.listing] : []));
    const ipAreas = input.ipAreas.length ? input.ipAreas : [...new Set(listings.filter((l) => l.kind === "need").flatMap((l) => l.ip_areas))];
    const themes = input.themes.length ? input.themes : [...new Set(listings.flatMap((l) => l.themes))];
    const regions = [...new Set(beneficiaries.flatMap((c) => facts.get(c)?.regions ?? []))].sort();
    const id = randomUUID();
    await tx.$executeRaw`INSERT INTO match (id, support_type, status, modality, title, outcome, themes, ip_areas, countries, place_regions, starts_on, is_public, created_by)
      VALUES (${id}::uuid, ${input.supportType}::"SupportType", ${input.status}::"MatchStatus", ${modality.replace("-", "_")}::"Modality",
        ${JSON.stringify(input.title)}::jsonb, ${JSON.stringify(input.outcome)}::jsonb, ${arrayLiteral(themes)}::"Theme"[], ${arrayLiteral(ipAreas)}::"IpArea"[],
        ${arrayLiteral(beneficiaries)}::text[], ${arrayLiteral(regions)}::text[], ${input.startsOn}::date, ${input.isPublic}, ${user.id}::uuid)`;
    for (const p of parties) {
      await tx.$executeRaw`INSERT INTO match_party (id, match_id, role, listing_id, consultant_id, organisation, organisation_type, country)
        VALUES (${randomUUID()}::uuid, ${id}::uuid, ${p.party.role}::"PartyRole", ${p.party.listingId}::uuid, ${p.party.consultantId}::uuid,
          ${p.party.organisation}, ${p.party.organisationType}::"OrganisationType", ${p.party.country})`;
    }
    if (input.activityIds.length) {
      await tx.$executeRaw`INSERT INTO match_activity (match_id, activity_id) SELECT ${id}::uuid, a FROM unnest(${input.activityIds}::uuid[]) AS a`;
    }
    const audit: AuditInput[] = [
      { actor: actorOf(user), action: "match.record", outcome: "success", target: { type: "match", id }, meta, detail: { modality, listings: listings.map((l) => l.id), parties: parties.length } },
    ];
    for (const l of listings) {
      const transition = transitionTo(l.status as never, "matched");
      if (transition && canTake(l.status as never, transition, ["secretariat"])) {
        await tx.$executeRaw`UPDATE listing SET status = 'matched', matched_at = now(), last_activity_at = now(), version = version + 1 WHERE id = ${l.id}::uuid`;
        audit.push({ actor: actorOf(user), action: "listing.match", outcome: "success", target: { type: "listing", id: l.id }, meta, detail: { from: l.status, to: "matched", matchId: id } });
      }
      await emailEach(tx, await ownerRecipients(tx, l), "matchRecorded", { texts: { title: l.title, match: input.title }, path: `/matchmaking/listings/${l.id}` });
    }
    return { result: { id, modality }, audit };
  });
}

/** Follows a match to its outcome (status, outcome summary, public or not, the activities it produced), based on the version read. */
export async function updateMatch(user: CurrentUser, id: string, patch: MatchUpdate, meta: RequestMeta): Promise<{ version: number }> {
  return auditedWrite(async (tx) => {
    const [m] = await tx.$queryRaw<{ version: number; status: string }[]>`SELECT version, status::text AS status FROM match WHERE id = ${id}::uuid FOR UPDATE`;
    if (!m) throw notFound("No such match");
    if (m.version !== patch.version) throw conflict(`The match changed after you opened it (version ${m.version}, yours ${patch.version}); nothing was written`, { version: m.version });
    if (patch.activityIds) await checkActivities(tx, patch.activityIds);
    const [row] = await tx.$queryRaw<{ version: number }[]>`UPDATE match SET
        status = coalesce(${patch.status ?? null}::"MatchStatus", status),
        outcome = coalesce(${patch.outcome ? JSON.stringify(patch.outcome) : null}::jsonb, outcome),
        is_public = coalesce(${patch.isPublic ?? null}::boolean, is_public),
        version = version + 1, updated_at = now()
      WHERE id = ${id}::uuid RETURNING version`;
    if (patch.activityIds) {
      await tx.$executeRaw`DELETE FROM match_activity WHERE match_id = ${id}::uuid`;
      await tx.$executeRaw`INSERT INTO match_activity (match_id, activity_id) SELECT ${id}::uuid, a FROM unnest(${patch.activityIds}::uuid[]) AS a`;
    }
    const { version: _v, ...fields } = patch;
    return {
      result: { version: row!.version },
      audit: { actor: actorOf(user), action: "match.update", outcome: "success", target: { type: "match", id }, meta, detail: { from: m.status, fields: Object.keys(fields).sort(), ...(patch.status ? { to: patch.status } : {}) } },
    };
  });
}

