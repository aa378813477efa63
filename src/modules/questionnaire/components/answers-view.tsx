import type { Answers } from "../answers";
import { displayValue, type DisplayStrings, type FormModel } from "../form-model";

/** A response's answers in the definition's order, read-only (the secretariat's view, a submitted response, the receipt). */
export function AnswersView({ model, answers, strings, localeTag, itemExtra }: { model: FormModel; answers: Answers; strings: DisplayStrings & { itemHeading: string }; localeTag: string; itemExtra?: (group: string, index: number) => React.ReactNode }) {
  return (
    <div className="space-y-6">
      {model.sections.map((sec) => (
        <section key={sec.id} aria-labelledby={`ans-${sec.id}`} className="break-inside-avoid-page">
          <h2 id={`ans-${sec.id}`} className="text-xl font-bold text-brand-900">{sec.title}</h2>
          <dl className="mt-2 space-y-3">
            {sec.questions.map((q) => {
              if (q.type !== "group")
                return (
                  <div key={q.id}>
                    <dt className="font-semibold">{q.label}</dt>
                    <dd className="whitespace-pre-line" dir="auto">{displayValue(q, answers[q.id], strings, localeTag)}</dd>
                  </div>
                );
              const items = Array.isArray(answers[q.id]) ? (answers[q.id] as Record<string, unknown>[]) : [];
              return (
                <div key={q.id}>
                  <dt className="font-semibold">{q.label}</dt>
                  <dd>
                    {items.length === 0 ? <p>{strings.empty}</p> : null}
                    {items.map((item, index) => (
                      <div key={index} className="mt-2 rounded border border-slate-300 p-3 print:border-slate-500">
                        <h3 className="font-semibold">{strings.itemHeading.replace("{{item}}", q.itemLabel).replace("{{number}}", String(index + 1))}</h3>
                        <dl className="mt-1 space-y-2">
                          {q.questions.map((c) => (
                            <div key={c.id}>
                              <dt className="text-sm font-semibold text-slate-800">{c.label}</dt>
                              <dd className="whitespace-pre-line" dir="auto">{displayValue(c, item[c.id], strings, localeTag)}</dd>
                            </div>
                          ))}
                        </dl>
                        {itemExtra?.(q.id, index)}
                      </div>
                    ))}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
