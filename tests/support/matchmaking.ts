/** Factories of matchmaking (IP-DMD): people of each role and listings written through the production writer. */
import { db } from "@/lib/db";
import type { CurrentUser } from "@/modules/accounts/server";
import { listingInputSchema, type ListingInput } from "@/modules/matchmaking/schemas";
import { createListing, transitionListing } from "@/modules/matchmaking/server";
import { freshMeta, uniqueEmail } from "./factories";

type Role = "member" | "focal_point" | "partner" | "consultant" | "secretariat" | "admin";

/** A verified, active account; `country` is the organisation's, `focal` the focal-point country. */
export async function person(roles: Role[], { focal = null as string | null, country = "CH", lng = "en", organisation = "Test organisation" } = {}): Promise<CurrentUser> {
  const u = await db().user.create({
    data: {
      email: uniqueEmail("mm"),
      name: `Person ${roles.join("+")}`,
      emailVerifiedAt: new Date(),
      preferredLanguage: lng,
      organisationName: organisation,
      organisationType: roles.includes("partner") ? "donor" : "ip_office",
      organisationCountry: focal ?? country,
      roles: roles.includes("member") ? roles : ["member", ...roles],
      focalPointCountry: focal,
    },
  });
  return { id: u.id, email: u.email, name: u.name, roles: u.roles, focalPointCountry: u.focalPointCountry, preferredLanguage: u.preferredLanguage };
}

export function needInput(over: Partial<ListingInput> = {}): ListingInput {
  return listingInputSchema.parse({
    kind: "need",
    title: { en: "Set up a registry of geographical indications for coffee" },
    description: { en: "The office needs help to draft procedures and train examiners for GI registration." },
    organisation: "Egyptian Patent Office",
    organisationType: "ip_office",
    ownerCountry: "EG",
    supportType: "technical",
    forms: ["expert_advice", "training"],
    ipAreas: ["geographical_indications"],
    themes: ["trademarks_gis"],
    countries: ["EG"],
    regions: [],
    languages: ["ar", "en"],
    contactName: "Focal point",
    contactEmail: "contact@example.org",
    ...over,
  });
}

export function offerInput(over: Partial<ListingInput> = {}): ListingInput {
  return listingInputSchema.parse({
    kind: "offer",
    title: { en: "Training on geographical indications registry procedures" },
    description: { en: "Our office trains examiners of other offices in GI registration, in French and English." },
    organisation: "Office of the South",
    organisationType: "ip_office",
    ownerCountry: "MA",
    supportType: "technical",
    forms: ["training"],
    ipAreas: ["geographical_indications", "trademarks"],
    themes: ["trademarks_gis"],
    countries: ["MA"],
    regions: [],
    languages: ["fr", "en"],
    contactName: "Offer contact",
    contactEmail: "offer@example.org",
    ...over,
  });
}

/** A listing filed by `owner` and published by `broker` (a secretariat person). */
export async function publishedListing(owner: CurrentUser, broker: CurrentUser, input: ListingInput): Promise<string> {
  const { id, version } = await createListing(owner, input, freshMeta(), { submit: true });
  await transitionListing(broker, id, { to: "published", version, comment: "" }, freshMeta());
  return id;
}

/** Removes every listing and match (tests that need a known set); stories keep their text, unlinked. */
export async function clearMatchmaking(): Promise<void> {
  // Stories point at matches: a DELETE unlinks them where TRUNCATE would refuse (or, cascading, empty the stories).
  await db().$executeRaw`DELETE FROM match`;
  await db().$executeRaw`TRUNCATE match_activity, match_party, suggestion_notice_job, listing_interest, listing_attachment, listing, saved_search`;
}
