import "server-only";
import { notFound } from "next/navigation";
import { classifyError } from "@/lib/classify-error";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { requirePageAccess } from "@/modules/accounts/server";
import { placeNames } from "@/modules/countries/server";
import { iso2Schema, roundIdSchema } from "../schemas";
import { getResponse, getRound, responseActors } from "../server";
import { formModel } from "./model";

/**
 * What every page of one country's response needs, after its access check: the country's focal
 * points and the secretariat (policy questionnaire.responses.read, 403 for others), a 404 for a
 * round that does not exist or a country that is not asked.
 */
export async function loadResponse(lng: Locale, roundIdParam: string, iso2Param: string, suffix = "") {
  const roundId = roundIdSchema.safeParse(roundIdParam);
  const iso2 = iso2Schema.safeParse(iso2Param);
  if (!roundId.success || !iso2.success || iso2Param !== iso2.data) notFound();
  const path = `/${lng}/questionnaire/${roundId.data}/${iso2.data}${suffix}`;
  const user = await requirePageAccess(lng, "questionnaire.responses.read", path, { country: iso2.data });
  try {
    const [round, view] = await Promise.all([getRound(roundId.data), getResponse(user, roundId.data, iso2.data)]);
    const [model, names] = await Promise.all([formModel(lng, round.definition), placeNames(lng)]);
    return { user, round, view, model, countryName: names.country(iso2.data), actors: responseActors(user, iso2.data), localeTag: LOCALE_TAGS[lng], base: `/${lng}/questionnaire/${roundId.data}/${iso2.data}` };
  } catch (e) {
    if (classifyError(e)?.kind === "not_found") notFound();
    throw e;
  }
}
