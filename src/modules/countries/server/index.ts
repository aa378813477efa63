import "server-only";
export { listCountries } from "./countries-repository";
export { countryStats, type CountryStats } from "./country-stats";
export { countryFacts, type CountryFacts } from "./country-facts";
export { placeNames } from "./names";
export { listRegionOptions, type RegionOption } from "./regions";
export { seedCountries } from "./seed-countries";
