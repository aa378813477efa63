"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, submitAction, type RefusalMessage } from "@/lib/actions/form-action";
import { parseOrThrow } from "@/lib/api/query";
import { invalidInput } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { requireAccess } from "@/modules/accounts/server";
import { STORY_STATUSES } from "../constants";
import { storyIdSchema, storyInputSchema, storyTransitionBodySchema, type StoryInput } from "../schemas";
import { addStoryImage, createStory, removeStoryImage, storyFromMatch, storyFromResponse, transitionStory, updateStory } from "../server";
import { formFieldOf, formToStoryInput, storyFormValues, storyToFormValues, type StoryFormValues } from "../story-form";

// The secretariat's story pages (docs/STORIES.md): the editing form, the status buttons, the images, the starts from a match or a response.

const manage = () => requireAccess("stories.manage");
const lngOf = (form: FormData) => z.enum(LOCALES).catch("en").parse(form.get("lng"));
const versionOf = (form: FormData) => {
  const v = Number(form.get("version"));
  return Number.isInteger(v) && v > 0 ? v : undefined;
};
const idOf = (form: FormData) => {
  const id = storyIdSchema.safeParse(form.get("id"));
  return id.success ? id.data : undefined;
};
const revalidate = (lng: string, id: string) => {
  revalidatePath(`/${lng}/stories`);
  revalidatePath(`/${lng}/stories/${id}`);
};

export interface StoryFormState {
  /** Changes with every answer, so the fields remount with the values sent back. */
  round?: number;
  status?: "error";
  message?: RefusalMessage;
  errors?: { field: string; reason: string }[];
  values?: StoryFormValues;
  /** The version the next save is based on (after a conflict, the current one: saving again overwrites it deliberately). */
  version?: number;
  /** After a conflict: the story as the other person saved it, in the form's fields. */
  theirs?: StoryFormValues;
}

/**
 * Saves the story form: a new story (a draft) or an edit based on the version read. Refused,
 * the form keeps everything typed; a stale edit also carries what the other person saved.
 * Saved, it goes to the story's page (its preview: the secretariat sees drafts there).
 */
export const saveStoryAction = formAction(
  {
    authorize: manage,
    refused: (r, form): StoryFormState => {
      const current = r.current as { version?: number; story?: StoryInput } | undefined;
      const values = storyFormValues(form);
      const sent = formToStoryInput(values);
      return {
        round: Date.now(),
        status: "error",
        message: r.message,
        errors: Object.entries(r.fieldErrors).map(([path, reason]) => ({ field: formFieldOf(path, sent), reason })),
        values,
        version: current?.version ?? versionOf(form),
        theirs: current?.story ? storyToFormValues(current.story) : undefined,
      };
    },
  },
  async ({ auth: user, form, meta }): Promise<StoryFormState> => {
    const lng = lngOf(form);
    const input = parseOrThrow(storyInputSchema, formToStoryInput(storyFormValues(form)));
    const id = idOf(form);
    let target: string;
    if (!id) {
      target = (await createStory(user, input, meta)).id;
    } else {
      const version = versionOf(form);
      if (!version) throw invalidInput([{ name: "version", reason: "required" }]);
      await updateStory(user, id, { ...input, version }, meta);
      target = id;
    }
    revalidate(lng, target);
    redirect(`/${lng}/stories/${target}?done=saved`);
  },
);

const back = (form: FormData, page: string, query: string) => redirect(`/${lngOf(form)}/stories/${idOf(form) ?? ""}${page}?${query}`);
const refusedTo = (page: string) => (r: { message: RefusalMessage; fieldErrors: Record<string, string> }, form: FormData) => {
  const field = Object.entries(r.fieldErrors)[0];
  return back(form, page, `refused=${r.message}${field ? `&field=${encodeURIComponent(field[0])}&reason=${encodeURIComponent(field[1])}` : ""}`);
};

/** A status button of the story page (send for review, return, publish, archive, republish), with the version read. */
export const transitionStoryAction = submitAction(
  {
    authorize: manage,
    schema: storyTransitionBodySchema.and(z.object({ id: storyIdSchema })),
    input: (form) => ({ id: String(form.get("id") ?? ""), to: String(form.get("to") ?? ""), version: String(form.get("version") ?? "") }),
    refused: refusedTo(""),
  },
  async ({ auth: user, input, form, meta }) => {
    const { id, ...body } = input;
    const done = await transitionStory(user, id, body, meta);
    revalidate(lngOf(form), id);
    back(form, "", `done=${(STORY_STATUSES as readonly string[]).includes(done.status) ? done.status : "saved"}`);
  },
);

/** Uploads an image (multipart; checked by its bytes) with its alternative text in one language. Refusals name `file` or `alt`. */
export const addStoryImageAction = submitAction({ authorize: manage, refused: refusedTo("/edit") }, async ({ auth: user, form, meta }) => {
  const id = idOf(form);
  if (!id) throw invalidInput([{ name: "id", reason: "invalid_id" }]);
  const upload = form.get("file");
  if (!(upload instanceof File) || upload.size === 0) throw invalidInput([{ name: "file", reason: "required" }]);
  const altLocale = z.enum(LOCALES).safeParse(form.get("altLocale"));
  if (!altLocale.success) throw invalidInput([{ name: "altLocale", reason: "invalid_choice" }]);
  const alt = { [altLocale.data]: String(form.get("alt") ?? "").trim() };
  await addStoryImage(user, id, { bytes: new Uint8Array(await upload.arrayBuffer()), alt }, meta);
  revalidate(lngOf(form), id);
  back(form, "/edit", "done=imageAdded");
});

export const removeStoryImageAction = submitAction({ authorize: manage, refused: refusedTo("/edit") }, async ({ auth: user, form, meta }) => {
  const id = idOf(form);
  const image = z.uuid().safeParse(form.get("imageId"));
  if (!id) throw invalidInput([{ name: "id", reason: "invalid_id" }]);
  if (!image.success) throw invalidInput([{ name: "imageId", reason: "invalid_id" }]);
  await removeStoryImage(user, id, image.data, meta);
  revalidate(lngOf(form), id);
  back(form, "/edit", "done=imageRemoved");
});

const fromMatchForm = z.object({ match: z.uuid({ error: "invalid_id" }) });
const fromResponseForm = z.object({
  response: z.uuid({ error: "invalid_id" }),
  initiative: z.coerce.number({ error: "invalid_number" }).int({ error: "invalid_number" }).min(0, { error: "too_small" }).max(99, { error: "too_large" }),
});

/** Starts a draft from a completed match or an accepted questionnaire initiative, then opens its editing form. */
export const startStoryAction = submitAction(
  {
    authorize: manage,
    refused: (r, form) => {
      const field = Object.entries(r.fieldErrors)[0];
      const origin = form.get("match") !== null ? `match=${encodeURIComponent(String(form.get("match")))}` : `response=${encodeURIComponent(String(form.get("response") ?? ""))}&initiative=${encodeURIComponent(String(form.get("initiative") ?? ""))}`;
      redirect(`/${lngOf(form)}/stories/new?${origin}&refused=${r.message}${field ? `&field=${encodeURIComponent(field[0])}&reason=${encodeURIComponent(field[1])}` : ""}`);
    },
  },
  async ({ auth: user, form, meta }) => {
    const saved =
      form.get("match") !== null
        ? await storyFromMatch(user, parseOrThrow(fromMatchForm, { match: form.get("match") }).match, meta)
        : await (async () => {
            const { response, initiative } = parseOrThrow(fromResponseForm, { response: form.get("response") ?? undefined, initiative: form.get("initiative") ?? undefined });
            return storyFromResponse(user, response, initiative, meta);
          })();
    redirect(`/${lngOf(form)}/stories/${saved.id}/edit?done=started`);
  },
);
