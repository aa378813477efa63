import { markdownToPlainText } from "@/lib/markdown";
import { indexTokens, tsvectorText } from "@/lib/search-text";
import type { ContentCopy } from "./schemas";

/** The typed columns readers filter on, taken from a published copy. */
export interface LiveColumns {
  theme: ContentCopy["theme"];
  sortOrder: number;
  startsAt: string | null;
  endsAt: string | null;
  day: string | null;
  documentType: string | null;
  languages: string[];
  /** The tsvector as text (every locale's texts, normalised as the activities' are). */
  searchVector: string;
}

const all = (map: Record<string, string | undefined>) => Object.values(map).filter(Boolean).join(" ");

export function liveColumns(copy: ContentCopy): LiveColumns {
  const titles = all(copy.title);
  const body = Object.values(copy.body)
    .filter((b): b is string => Boolean(b))
    .map(markdownToPlainText)
    .join(" ");
  const tokens = indexTokens([titles, copy.symbol ?? "", all(copy.summary), all(copy.place), body].join(" "));
  return {
    theme: copy.theme,
    sortOrder: copy.order,
    startsAt: copy.startsAt,
    endsAt: copy.endsAt,
    day: copy.date,
    documentType: copy.documentType,
    languages: copy.languages,
    searchVector: tsvectorText(tokens, indexTokens([titles, copy.symbol ?? ""].join(" "))),
  };
}
