import "server-only";
import { IMPORT_COLUMNS } from "../import/columns";

/** The empty import template: its header row, with a BOM so spreadsheets read it as UTF-8. */
export const importTemplateCsv = () => `\ufeff${IMPORT_COLUMNS.join(",")}\r\n`;
