/** Why an action was refused: codes the forms translate (common:actionRefused.*). */
export const REFUSALS = ["fixErrors", "signedOut", "notAllowed", "notFound", "conflict", "rateLimited", "unavailable"] as const;
export type RefusalMessage = (typeof REFUSALS)[number];
