/** Namespaces of UI strings: one JSON file each in locales/<lng>/. */
export const NAMESPACES = ["common", "home", "countries", "apidocs", "accounts", "admin", "emails", "activities", "consultants", "matchmaking", "questionnaire", "stories"] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Namespaces client components need; the server sends only these to the browser. */
export const CLIENT_NAMESPACES: Namespace[] = ["common", "accounts"];
