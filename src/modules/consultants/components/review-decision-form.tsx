"use client";
import { useActionState } from "react";
import { reviewDecisionAction, type DecisionFormState } from "../actions/workflow";

/** Approve, return or reject a profile in review; the version read is checked, a refusal keeps the comment. */
export function ReviewDecisionForm({
  lng,
  id,
  version,
  strings: s,
}: {
  lng: string;
  id: string;
  version: number;
  strings: { legend: string; approve: string; return: string; reject: string; comment: string; decide: string; fixErrors: string; refused: Record<string, string>; errors: Record<string, string>; fields: Record<string, string> };
}) {
  const [state, action] = useActionState<DecisionFormState, FormData>(reviewDecisionAction, {});
  const decision = state.values?.decision ?? "approve";
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="lng" value={lng} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={state.version ?? version} />
      {state.status === "error" ? (
        <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p>{state.message && state.message !== "fixErrors" ? (s.refused[state.message] ?? s.fixErrors) : s.fixErrors}</p>
          <ul className="ms-5 list-disc">
            {state.errors?.map((e, i) => <li key={i}>{`${s.fields[e.field] ?? e.field}: ${s.errors[e.reason] ?? e.reason}`}</li>)}
          </ul>
        </div>
      ) : null}
      <div key={state.round ?? 0} className="space-y-3">
        <fieldset>
          <legend className="font-semibold">{s.legend}</legend>
          {(["approve", "return", "reject"] as const).map((d) => (
            <label key={d} className="mt-1 flex items-center gap-2">
              <input type="radio" name="decision" value={d} defaultChecked={decision === d} className="size-5" />
              {s[d]}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="review-comment" className="block font-semibold">{s.comment}</label>
          <textarea id="review-comment" name="comment" rows={4} defaultValue={state.values?.comment ?? ""} className="mt-1 block w-full rounded border border-slate-500 px-2 py-1.5" />
        </div>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{s.decide}</button>
    </form>
  );
}
