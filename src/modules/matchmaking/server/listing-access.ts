import "server-only";
import type { CurrentUser } from "@/modules/accounts/server";
import { decide } from "@/modules/accounts/policy";
import type { Actor } from "../state-machine";
import type { ListingRow } from "./listing-row";

/**
 * Who the reader is to a listing, for the state machine: its owner (the filer; for a need
 * filed for a country, also that country's focal points: the policy row
 * matchmaking.listings.manage, country-scoped), the secretariat (matchmaking.moderate).
 * A focal point of Peru is nobody to Egypt's need.
 */
export function actorsFor(user: CurrentUser | null, listing: Pick<ListingRow, "owner_id" | "owner_country" | "kind">): Actor[] {
  if (!user) return [];
  const actors: Actor[] = [];
  const sharedByCountry =
    listing.kind === "need" &&
    listing.owner_country !== null &&
    user.focalPointCountry === listing.owner_country &&
    decide({ roles: user.roles.filter((r) => r === "focal_point"), focalPointCountry: user.focalPointCountry }, "matchmaking.listings.manage", { country: listing.owner_country }) === "allow";
  if (listing.owner_id === user.id || sharedByCountry) actors.push("owner");
  if (decide(user, "matchmaking.moderate") === "allow") actors.push("secretariat");
  return actors;
}

/** Whether the reader may see a listing that is not public (its owners and the secretariat). */
export const maySeeUnpublished = (actors: Actor[]) => actors.length > 0;
