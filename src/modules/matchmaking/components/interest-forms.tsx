"use client";
import { useActionState } from "react";
import { answerInterestAction, expressInterestAction, type InterestFormState } from "../actions/interests";

export interface InterestStrings {
  message: string;
  hint: string;
  send: string;
  reply: string;
  accept: string;
  decline: string;
  decision: string;
  fixErrors: string;
  fieldError: string;
  refused: Record<string, string>;
  errors: Record<string, string>;
  fields: Record<string, string>;
}

function Problem({ state, s }: { state: InterestFormState; s: InterestStrings }) {
  if (state.status !== "error") return null;
  return (
    <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
      <p>{state.message && state.message !== "fixErrors" ? (s.refused[state.message] ?? s.fixErrors) : s.fixErrors}</p>
      {state.errors?.length ? (
        <ul className="ms-5 list-disc">
          {state.errors.map((e, i) => (
            <li key={i}>{s.fieldError.replace("{{field}}", s.fields[e.field] ?? e.field).replace("{{message}}", s.errors[e.reason] ?? s.errors.invalid ?? e.reason)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** "I can help" / "We need this": a message to the listing's owners; refused, the message is kept. */
export function ExpressInterestForm({ lng, listingId, label, strings: s }: { lng: string; listingId: string; label: string; strings: InterestStrings }) {
  const [state, action] = useActionState<InterestFormState, FormData>(expressInterestAction, {});
  return (
    <form action={action} className="mt-3 space-y-2" noValidate>
      <input type="hidden" name="lng" value={lng} />
      <input type="hidden" name="listingId" value={listingId} />
      <Problem state={state} s={s} />
      <label htmlFor="interest-message" className="block font-semibold">{s.message}</label>
      <p id="interest-hint" className="text-sm text-slate-700">{s.hint}</p>
      <textarea
        key={state.round ?? 0}
        id="interest-message"
        name="message"
        dir="auto"
        rows={4}
        maxLength={3000}
        defaultValue={state.text ?? ""}
        aria-describedby="interest-hint"
        aria-invalid={state.errors?.some((e) => e.field === "message") || undefined}
        className="block w-full rounded border border-slate-500 px-2 py-1.5"
      />
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{label}</button>
    </form>
  );
}

/** The owner's answer to one interest: accept or decline, with an optional reply. */
export function AnswerInterestForm({ lng, listingId, interestId, strings: s }: { lng: string; listingId: string; interestId: string; strings: InterestStrings }) {
  const [state, action] = useActionState<InterestFormState, FormData>(answerInterestAction, {});
  const rid = `reply-${interestId}`;
  return (
    <form action={action} className="mt-3 space-y-2" noValidate>
      <input type="hidden" name="lng" value={lng} />
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="interestId" value={interestId} />
      <Problem state={state} s={s} />
      <label htmlFor={rid} className="block font-semibold">{s.reply}</label>
      <textarea key={state.round ?? 0} id={rid} name="reply" dir="auto" rows={2} maxLength={3000} defaultValue={state.text ?? ""} className="block w-full rounded border border-slate-500 px-2 py-1.5" />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="accept" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{s.accept}</button>
        <button type="submit" name="decision" value="decline" className="rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">{s.decline}</button>
      </div>
    </form>
  );
}
