import "server-only";
import { db } from "@/lib/db";
import { getProfile, type CurrentUser } from "@/modules/accounts/server";
import { countryFacts } from "@/modules/countries/server";
import { isSouthernCountry } from "../search-view";

/**
 * The country a signed-in reader works for: a focal point's country, else their organisation's.
 * Null for visitors (anonymous pages stay the same for everyone: they are page-cached).
 */
export async function viewerCountry(user: CurrentUser | null): Promise<string | null> {
  if (!user) return null;
  if (user.focalPointCountry) return user.focalPointCountry;
  return (await getProfile(user.id))?.organisation.country ?? null;
}

/** The reader's country when it is a developing country or an LDC, else null. */
export async function southernViewerCountry(user: CurrentUser | null): Promise<string | null> {
  const country = await viewerCountry(user);
  if (!country) return null;
  return isSouthernCountry((await countryFacts(db())).get(country)) ? country : null;
}
