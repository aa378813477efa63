/** Factories of the questionnaire: a small definition that uses every rule, and a round of it of one's own. */
import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/locales";
import { Definition } from "@/modules/questionnaire/definition";

/** The same text in every locale, marked with the locale (a definition must label all seven). */
export const label = (en: string) => Object.fromEntries(LOCALES.map((l) => [l, l === "en" ? en : `${en} (${l})`])) as Record<(typeof LOCALES)[number], string>;

/** A definition with a required text, a condition at the top level and one inside a repeatable group. */
export function testDefinition(): Definition {
  return Definition.parse({
    title: label("Test questionnaire"),
    sections: [
      {
        id: "office",
        title: label("The office"),
        questions: [
          { id: "office_name", type: "short_text", label: label("Office name"), required: true },
          { id: "languages", type: "multiple_choice", label: label("Languages"), options: [{ value: "en", label: label("English") }, { value: "fr", label: label("French") }, { value: "ar", label: label("Arabic") }] },
          { id: "staff_trained", type: "number", label: label("Staff trained"), integer: true, min: 0 },
          { id: "agreement_date", type: "date", label: label("Latest agreement") },
        ],
      },
      {
        id: "work",
        title: label("Initiatives"),
        questions: [
          { id: "took_part", type: "yes_no", label: label("Did you take part?"), required: true },
          {
            id: "initiatives",
            type: "group",
            label: label("Initiatives"),
            itemLabel: label("Initiative"),
            required: true,
            showIf: { question: "took_part", equals: true },
            questions: [
              { id: "title", type: "short_text", label: label("Title"), required: true },
              { id: "partner_countries", type: "countries", label: label("Partner countries") },
              { id: "themes", type: "themes", label: label("Themes") },
              { id: "ip_areas", type: "ip_areas", label: label("IP areas") },
              { id: "start_year", type: "number", label: label("From"), integer: true },
              { id: "end_year", type: "number", label: label("To"), integer: true },
              { id: "what_was_done", type: "long_text", label: label("What was done"), required: true },
              { id: "results", type: "long_text", label: label("Results"), required: true },
              { id: "replicable", type: "single_choice", label: label("Replicable?"), options: [{ value: "yes", label: label("Yes") }, { value: "no", label: label("No") }] },
              { id: "replication_needs", type: "long_text", label: label("What others need"), required: true, showIf: { question: "replicable", equals: "yes" } },
            ],
          },
        ],
      },
    ],
  });
}

/** A version and an open round of it that no other test uses. */
export async function testRound(definition: Definition = testDefinition(), { open = true } = {}): Promise<{ id: string; name: string }> {
  const number = 1000 + randomInt(1_000_000_000);
  const name = `T-${randomUUID().slice(0, 8)}`;
  const [v] = await db().$queryRaw<{ id: string }[]>`
    INSERT INTO questionnaire_version (id, number, definition) VALUES (gen_random_uuid(), ${number}, ${JSON.stringify(definition)}::jsonb) RETURNING id::text`;
  const [r] = await db().$queryRaw<{ id: string }[]>`
    INSERT INTO questionnaire_round (id, name, version_id, opens_on, deadline)
    VALUES (gen_random_uuid(), ${name}, ${v!.id}::uuid, current_date - 30, CASE WHEN ${open} THEN current_date + 60 ELSE current_date - 1 END) RETURNING id::text`;
  return { id: r!.id, name };
}

/** Answers of the test definition that can be submitted. */
export function completeAnswers() {
  return {
    office_name: "Office of test",
    languages: ["en", "fr"],
    took_part: true,
    initiatives: [
      { title: "GI registry twinning", partner_countries: ["PE"], themes: ["trademarks_gis"], ip_areas: ["geographical_indications"], start_year: 2021, end_year: 2023, what_was_done: "Examiners visited.", results: "12 GIs registered.", replicable: "yes", replication_needs: "A registry." },
    ],
  };
}
