/** One value of a search facet, with how many results it would keep. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface FacetFieldsetProps {
  /** The query parameter the checkboxes submit (repeated: OR within a facet). */
  name: string;
  title: string;
  values: readonly FacetOption[];
  selected: readonly string[];
  /** Formats a count: "≈" before estimates, digits in the reader's locale. */
  count: (n: number) => string;
  /** Values shown beyond the selected ones (the values arrive most frequent first). */
  limit?: number;
}

/**
 * A facet of a JS-free search form (activities, roster): a fieldset of checkboxes with counts.
 * The first `limit` values are shown, and any selected value beyond them, so a choice never
 * disappears from the form that made it.
 */
export function FacetFieldset({ name, title, values, selected, count, limit = 50 }: FacetFieldsetProps) {
  const shown = [...values.slice(0, limit), ...values.slice(limit).filter((v) => selected.includes(v.value))];
  if (!shown.length) return null;
  return (
    <fieldset className="mb-4 border-b border-slate-200 pb-3">
      <legend className="mb-1 font-semibold text-brand-900">{title}</legend>
      <ul className="space-y-0.5 text-sm">
        {shown.map((v) => {
          const id = `facet-${name}-${v.value}`;
          return (
            <li key={v.value} className="flex items-center gap-2">
              <input id={id} type="checkbox" name={name} value={v.value} defaultChecked={selected.includes(v.value)} className="size-6 shrink-0" />
              <label htmlFor={id} className="flex-1">
                {v.label} <span className="text-slate-600">({count(v.count)})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
