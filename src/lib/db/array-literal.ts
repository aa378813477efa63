/**
 * A PostgreSQL array literal, {"a","b"}: each element quoted, its backslashes and quotes escaped.
 * For COPY rows and for binding one text parameter cast to an enum array (`${…}::"IpArea"[]`).
 */
export const arrayLiteral = (items: readonly string[]) => `{${items.map((s) => `"${s.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
