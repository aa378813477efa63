import "server-only";
export { listCountries } from "./countries-repository";
export { seedCountries } from "./seed-countries";
