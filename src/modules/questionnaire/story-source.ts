/**
 * Which questions of version 1 (seed/version-1.ts) a success story is pre-filled from: the
 * repeatable group of initiatives and, in each item, the question behind each story field.
 * A later version that renames them changes this map, nothing else.
 */
export const STORY_SOURCE = {
  group: "initiatives",
  title: "title",
  partnerCountries: "partner_countries",
  partnerOrganisations: "partner_organisations",
  themes: "themes",
  ipAreas: "ip_areas",
  periodStart: "start_year",
  periodEnd: "end_year",
  whatWasDone: "what_was_done",
  results: "results",
  lessons: "lessons",
  replicationNeeds: "replication_needs",
  /** Asked instead of replicationNeeds when the initiative can be replicated with adaptation. */
  adaptationNeeds: "adaptation_needs",
  links: "links",
  /** Headings of the story body's sections, in English: the secretariat edits and translates the draft. */
  headings: { results: "Results", lessons: "Lessons learnt", replication: "What others would need to replicate it", links: "Links" },
} as const;
