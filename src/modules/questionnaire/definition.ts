import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { GROUP_MAX_ITEMS, LONG_TEXT_MAX, SHORT_TEXT_MAX } from "./constants";

/** A label in every one of the portal's seven languages: a definition is published complete. */
export const Label = z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, z.string().trim().min(1)])) as Record<(typeof LOCALES)[number], z.ZodString>);
export type Label = z.infer<typeof Label>;

const Id = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "an id is a lower-case slug of at most 40 characters");

/** "Show (and require) this question only when `question` is answered `equals`." */
const ShowIf = z.strictObject({ question: Id, equals: z.union([z.string(), z.boolean()]) });

const base = {
  id: Id,
  label: Label,
  help: Label.optional(),
  required: z.boolean().default(false),
  showIf: ShowIf.optional(),
};

const Option = z.strictObject({ value: Id, label: Label });

const LeafQuestion = z.discriminatedUnion("type", [
  z.strictObject({ ...base, type: z.literal("short_text"), maxLength: z.int().min(1).max(SHORT_TEXT_MAX).default(SHORT_TEXT_MAX) }),
  z.strictObject({ ...base, type: z.literal("long_text"), maxLength: z.int().min(1).max(LONG_TEXT_MAX).default(LONG_TEXT_MAX) }),
  z.strictObject({ ...base, type: z.literal("number"), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().default(false) }),
  z.strictObject({ ...base, type: z.literal("date") }),
  z.strictObject({ ...base, type: z.literal("single_choice"), options: z.array(Option).min(2) }),
  z.strictObject({ ...base, type: z.literal("multiple_choice"), options: z.array(Option).min(1) }),
  z.strictObject({ ...base, type: z.literal("countries"), multiple: z.boolean().default(true) }),
  z.strictObject({ ...base, type: z.literal("ip_areas") }),
  z.strictObject({ ...base, type: z.literal("themes") }),
  z.strictObject({ ...base, type: z.literal("yes_no") }),
]);
export type LeafQuestion = z.infer<typeof LeafQuestion>;

const GroupQuestion = z.strictObject({
  ...base,
  type: z.literal("group"),
  /** What one item is called ("Initiative"), for "add another …" and item headings. */
  itemLabel: Label,
  minItems: z.int().min(0).default(0),
  maxItems: z.int().min(1).max(GROUP_MAX_ITEMS).default(GROUP_MAX_ITEMS),
  questions: z.array(LeafQuestion).min(1),
});
export type GroupQuestion = z.infer<typeof GroupQuestion>;

export const Question = z.union([LeafQuestion, GroupQuestion]);
export type Question = z.infer<typeof Question>;

export const Section = z.strictObject({ id: Id, title: Label, help: Label.optional(), questions: z.array(Question).min(1) });
export type Section = z.infer<typeof Section>;

const DefinitionShape = z.strictObject({ title: Label, intro: Label.optional(), sections: z.array(Section).min(1) });
export type Definition = z.infer<typeof DefinitionShape>;

/**
 * The rules a definition's shape cannot say: ids are unique across the whole definition (an
 * answer's path names a question alone); a condition refers to a yes/no or single-choice
 * question asked before it, at the top level or earlier in the same group, with a value that
 * question can take; a group's minimum does not exceed its maximum.
 */
function checkReferences(def: Definition, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const checkCondition = (q: Question, earlier: Map<string, Question>, path: (string | number)[]) => {
    if (!q.showIf) return;
    const target = earlier.get(q.showIf.question);
    if (!target) return issue([...path, "showIf", "question"], `refers to "${q.showIf.question}", which is not a question asked before this one`);
    if (target.type === "yes_no") {
      if (typeof q.showIf.equals !== "boolean") issue([...path, "showIf", "equals"], `"${target.id}" is a yes/no question: the condition's value is true or false`);
    } else if (target.type === "single_choice") {
      if (!target.options.some((o) => o.value === q.showIf!.equals)) issue([...path, "showIf", "equals"], `"${String(q.showIf.equals)}" is not an option of "${target.id}"`);
    } else {
      issue([...path, "showIf", "question"], `"${target.id}" is neither a yes/no nor a single-choice question`);
    }
  };
  const checkOptions = (q: Question, path: (string | number)[]) => {
    if (q.type !== "single_choice" && q.type !== "multiple_choice") return;
    const values = q.options.map((o) => o.value);
    if (new Set(values).size !== values.length) issue([...path, "options"], "option values repeat");
  };
  const claim = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) issue([...path, "id"], `the id "${id}" is used twice`);
    seen.add(id);
  };
  const topLevel = new Map<string, Question>();
  def.sections.forEach((section, s) => {
    section.questions.forEach((q, i) => {
      const path = ["sections", s, "questions", i];
      claim(q.id, path);
      checkCondition(q, topLevel, path);
      checkOptions(q, path);
      if (q.type === "group") {
        if (q.minItems > q.maxItems) issue([...path, "minItems"], "exceeds maxItems");
        const inGroup = new Map(topLevel);
        q.questions.forEach((child, c) => {
          const childPath = [...path, "questions", c];
          claim(child.id, childPath);
          checkCondition(child, inGroup, childPath);
          checkOptions(child, childPath);
          inGroup.set(child.id, child);
        });
      }
      topLevel.set(q.id, q);
    });
  });
}

export const Definition = DefinitionShape.superRefine(checkReferences);

/** Every top-level question of a definition, in order. */
export function topQuestions(def: Definition): Question[] {
  return def.sections.flatMap((s) => s.questions);
}

/** The question a top-level id names, or the child of a group. */
export function findQuestion(def: Definition, id: string): Question | LeafQuestion | undefined {
  for (const q of topQuestions(def)) {
    if (q.id === id) return q;
    if (q.type === "group") {
      const child = q.questions.find((c) => c.id === id);
      if (child) return child;
    }
  }
  return undefined;
}
