/**
 * The form field (an import-template column) an error's input path points at: the edit
 * form's fields are the template's columns, the schema's paths are the API's names.
 * `endDate` → `end_date`, `title.fr` → `title_fr`, `beneficiaries.0.country` → `beneficiaries`.
 */
export function columnOf(path: string): string {
  const [head = "", sub] = path.split(".");
  const column = head.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return (column === "title" || column === "description") && sub ? `${column}_${sub}` : column;
}
