/**
 * Lists inside one template cell: items separated by `;`, parts of an item by `|` (an
 * expert's name and country, a link's label and URL). A separator or backslash that
 * belongs to the text is written with a backslash before it (`\;`, `\|`, `\\`), so a
 * partner called "Ministry of Trade; Industry" or an expert "A | B" survives a round trip
 * through the editing form or an exported file. Cells without backslashes read as before.
 */
const escapeItem = (text: string) => text.replace(/[\\;|]/g, (c) => `\\${c}`);

/**
 * Splits on `separator` where it is not escaped. With `unescape` the parts lose their
 * escapes; without, escapes are kept verbatim (for a second split of each item).
 */
function splitCell(cell: string | undefined, separator: ";" | "|", unescape: boolean): string[] {
  const parts: string[] = [];
  let current = "";
  const value = cell ?? "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const next = value[i + 1];
    // Only our three characters are escapes; any other backslash is text.
    if (c === "\\" && (next === "\\" || next === ";" || next === "|")) {
      current += unescape ? next : c + next;
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** The items of a `;` list, trimmed, empty ones dropped, still escaped: give each to `itemParts` or `itemText`. */
export const listItems = (cell: string | undefined) => splitCell(cell, ";", false).map((s) => s.trim()).filter(Boolean);

/** The `|`-separated parts of one item, unescaped. */
export const itemParts = (item: string) => splitCell(item, "|", true).map((s) => s.trim());

/** One item as plain text (for lists whose items have no parts, such as partners). */
export const itemText = (item: string) => splitCell(item, ";", true).join(";").trim();

/** Writes items (each given as its parts) as one cell. */
export const joinCell = (items: readonly (readonly string[])[]) => items.map((parts) => parts.map(escapeItem).join("|")).join(";");
