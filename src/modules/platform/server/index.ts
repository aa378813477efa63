import "server-only";
export { checkHealth, type Health } from "./health";
