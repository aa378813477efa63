import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { decide, POLICY, type Action, type Principal } from "../../src/modules/accounts/policy";
import { clientHeaders, signInByApi } from "./support/accounts";
import { actionNames, callServerAction } from "./support/server-actions";

/**
 * The generated matrix: every protected page, API route and server action × every role,
 * expected outcome computed from the one policy table. Includes the id-swapping case:
 * a focal point asking for another country's record. Server actions are called over HTTP
 * as React's client calls them, with inputs an allowed role gets refused for a harmless
 * reason (a missing field, an unknown id), so the matrix writes nothing.
 */
const PRINCIPALS: { label: string; email: string | null; principal: Principal | null }[] = [
  { label: "visitor", email: null, principal: null },
  { label: "member", email: "member@demo.test", principal: { roles: ["member"], focalPointCountry: null } },
  { label: "focal point (EG)", email: "focal.eg@demo.test", principal: { roles: ["member", "focal_point"], focalPointCountry: "EG" } },
  { label: "focal point (PE)", email: "focal.pe@demo.test", principal: { roles: ["member", "focal_point"], focalPointCountry: "PE" } },
  { label: "partner", email: "partner@demo.test", principal: { roles: ["member", "partner"], focalPointCountry: null } },
  { label: "consultant", email: "consultant@demo.test", principal: { roles: ["member", "consultant"], focalPointCountry: null } },
  { label: "secretariat", email: "secretariat@demo.test", principal: { roles: ["member", "secretariat"], focalPointCountry: null } },
  { label: "admin", email: "admin@demo.test", principal: { roles: ["member", "admin"], focalPointCountry: null } },
];

interface Target {
  kind: "api" | "page";
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** What an allowed request gets when it is not 200 (deleting an id that does not exist). */
  allowedStatus?: number;
  path: (ids: { member: string; needEg: string }) => string;
  action: Action;
  country?: string;
  body?: unknown;
}

const TARGETS: Target[] = [
  { kind: "api", method: "GET", path: () => "/api/v1/me", action: "account.manage_own" },
  { kind: "api", method: "GET", path: () => "/api/v1/me/export", action: "account.manage_own" },
  { kind: "api", method: "GET", path: () => "/api/v1/admin/users", action: "users.manage" },
  { kind: "api", method: "GET", path: (ids) => `/api/v1/admin/users/${ids.member}`, action: "users.manage" },
  { kind: "api", method: "PATCH", path: (ids) => `/api/v1/admin/users/${ids.member}`, action: "users.manage", body: { active: true } },
  { kind: "api", method: "GET", path: () => "/api/v1/admin/audit", action: "audit.read" },
  { kind: "api", method: "GET", path: () => "/api/v1/countries/EG/focal-points", action: "country.focal_points.read", country: "EG" },
  { kind: "api", method: "GET", path: () => "/api/v1/countries/PE/focal-points", action: "country.focal_points.read", country: "PE" },
  {
    kind: "api",
    method: "DELETE",
    path: () => "/api/v1/activities/00000000-0000-4000-8000-00000000dead",
    action: "activities.manage",
    allowedStatus: 404,
  },
  // Asked for explicitly, the full profile is refused before the id is looked up (allowed roles: 404 for an unknown id).
  {
    kind: "api",
    method: "GET",
    path: () => "/api/v1/consultants/00000000-0000-4000-8000-00000000dead?view=full",
    action: "consultants.contact.read",
    allowedStatus: 404,
  },
  { kind: "api", method: "GET", path: () => "/api/v1/consultants/export?format=json&nationality=EG", action: "consultants.export" },
  // A CV: refused before the id is looked up (a consultant's own CV aside); allowed roles get 404 for an unknown id.
  {
    kind: "api",
    method: "GET",
    path: () => "/api/v1/consultants/00000000-0000-4000-8000-00000000dead/cv",
    action: "consultants.cv.read",
    allowedStatus: 404,
  },
  // Assignments: allowed roles get 404 for an unknown consultant or assignment (nothing written).
  {
    kind: "api",
    method: "POST",
    path: () => "/api/v1/consultants/00000000-0000-4000-8000-00000000dead/assignments",
    action: "consultants.assignments.manage",
    allowedStatus: 404,
    body: { activityId: "00000000-0000-4000-8000-00000000dead", role: "expert", startsOn: "2025-01-01", endsOn: "2025-01-02" },
  },
  {
    kind: "api",
    method: "DELETE",
    path: () => "/api/v1/consultants/00000000-0000-4000-8000-00000000dead/assignments/00000000-0000-4000-8000-00000000dead",
    action: "consultants.assignments.manage",
    allowedStatus: 404,
  },
  // Matchmaking (docs/MATCHMAKING.md): every allowed call is refused on its body or its stale version, so nothing is written.
  { kind: "api", method: "POST", path: () => "/api/v1/matchmaking/listings", action: "matchmaking.file", allowedStatus: 400, body: { kind: "need" } },
  { kind: "api", method: "GET", path: () => "/api/v1/matchmaking/queue", action: "matchmaking.moderate" },
  { kind: "api", method: "POST", path: () => "/api/v1/matchmaking/matches", action: "matchmaking.matches.manage", allowedStatus: 400, body: { parties: [] } },
  {
    kind: "api",
    method: "POST",
    path: () => "/api/v1/matchmaking/listings/00000000-0000-4000-8000-00000000dead/interests",
    action: "matchmaking.interest",
    allowedStatus: 400,
    body: { message: "" },
  },
  // Egypt's need: its country's focal point and the secretariat pass (and meet a stale version), Peru's focal point does not.
  { kind: "api", method: "PATCH", path: (ids) => `/api/v1/matchmaking/listings/${ids.needEg}`, action: "matchmaking.listings.manage", country: "EG", allowedStatus: 409, body: { version: 999, timeframe: "matrix" } },
  // Success stories (docs/STORIES.md): the secretariat's calls meet a bad body or an unknown id, so nothing is written.
  { kind: "api", method: "POST", path: () => "/api/v1/stories", action: "stories.manage", allowedStatus: 400, body: {} },
  { kind: "api", method: "PATCH", path: () => "/api/v1/stories/00000000-0000-4000-8000-00000000dead", action: "stories.manage", allowedStatus: 404, body: { version: 999 } },
  { kind: "api", method: "POST", path: () => "/api/v1/stories/00000000-0000-4000-8000-00000000dead/transitions", action: "stories.manage", allowedStatus: 404, body: { to: "in_review", version: 999 } },
  { kind: "api", method: "POST", path: () => "/api/v1/stories/from-match", action: "stories.manage", allowedStatus: 404, body: { matchId: "00000000-0000-4000-8000-00000000dead" } },
  { kind: "api", method: "POST", path: () => "/api/v1/stories/from-response", action: "stories.manage", allowedStatus: 404, body: { responseId: "00000000-0000-4000-8000-00000000dead", index: 0 } },
  { kind: "api", method: "POST", path: () => "/api/v1/stories/00000000-0000-4000-8000-00000000dead/images", action: "stories.manage", allowedStatus: 400, body: {} },
  { kind: "api", method: "DELETE", path: () => "/api/v1/stories/00000000-0000-4000-8000-00000000dead/images/00000000-0000-4000-8000-00000000dead", action: "stories.manage", allowedStatus: 404 },
  // A country's questionnaire response (its pages read it the same way): Egypt's focal point and the secretariat reach the round check (no such round).
  { kind: "api", method: "GET", path: () => "/api/v1/questionnaire/rounds/00000000-0000-4000-8000-00000000dead/responses/EG", action: "questionnaire.responses.read", country: "EG", allowedStatus: 404 },
  { kind: "page", method: "GET", path: () => "/en/account", action: "account.manage_own" },
  { kind: "page", method: "GET", path: () => "/en/admin/users", action: "users.manage" },
  { kind: "page", method: "GET", path: (ids) => `/en/admin/users/${ids.member}`, action: "users.manage" },
  { kind: "page", method: "GET", path: () => "/en/admin/audit", action: "audit.read" },
  { kind: "page", method: "GET", path: () => "/en/admin/outbox", action: "outbox.read" },
  { kind: "page", method: "GET", path: () => "/en/secretariat/focal-points", action: "focal_points.nominate" },
  { kind: "page", method: "GET", path: () => "/en/activities/new", action: "activities.manage" },
  { kind: "page", method: "GET", path: () => "/en/activities/import", action: "activities.manage" },
  { kind: "page", method: "GET", path: () => "/en/consultants/apply", action: "consultants.apply" },
  { kind: "page", method: "GET", path: () => "/en/consultants/review", action: "consultants.review" },
  { kind: "page", method: "GET", path: () => "/en/consultants/nominate", action: "consultants.nominate" },
  { kind: "page", method: "GET", path: () => "/en/matchmaking/new?kind=need", action: "matchmaking.file" },
  { kind: "page", method: "GET", path: () => "/en/matchmaking/moderation", action: "matchmaking.moderate" },
  { kind: "page", method: "GET", path: () => "/en/matchmaking/matches/new", action: "matchmaking.matches.manage" },
  { kind: "page", method: "GET", path: () => "/en/stories/manage", action: "stories.manage" },
  { kind: "page", method: "GET", path: () => "/en/stories/new", action: "stories.manage" },
];

interface ActionTarget {
  /** file#export, as the build's server-reference manifest names it. */
  name: string;
  /** The page whose form posts to it. */
  page: (ids: { member: string; activity: string; needEg: string }) => string;
  withState: boolean;
  action: Action;
  /** For a country-scoped action: the country of the record the call names. */
  country?: string;
  fields: (ids: { member: string; activity: string; needEg: string }) => Record<string, string>;
  /**
   * What an allowed role's harmless call answers: past authorization, refused on the very field
   * the matrix sent (so it also shows the fields arrived), nothing written.
   */
  allowed: RegExp;
}

const refusedMessage = (body: string, location: string | undefined) => body.match(/"message":"(\w+)"/)?.[1] ?? location?.match(/[rR]efused=(\w+)/)?.[1];

const ACTION_TARGETS: ActionTarget[] = [
  // The roster's workflow (docs/CONSULTANTS.md, "Workflow"): every call is refused on the field it sent.
  {
    name: "src/modules/consultants/actions/workflow.ts#saveProfileAction",
    page: () => "/en/consultants/apply",
    withState: true,
    action: "consultants.apply",
    fields: () => ({ lng: "en", fullName: "", intent: "save" }),
    allowed: /"field":"fullName"/,
  },
  {
    name: "src/modules/consultants/actions/workflow.ts#withdrawProfileAction",
    page: () => "/en/consultants/apply",
    withState: false,
    action: "consultants.apply",
    // No version: refused before the profile is read.
    fields: () => ({ lng: "en" }),
    allowed: /refused=fixErrors/,
  },
  {
    name: "src/modules/consultants/actions/workflow.ts#confirmProfileAction",
    page: () => "/en/consultants/apply",
    withState: false,
    action: "consultants.apply",
    fields: () => ({ lng: "en" }),
    allowed: /refused=fixErrors/,
  },
  {
    name: "src/modules/consultants/actions/workflow.ts#uploadCvAction",
    page: () => "/en/consultants/apply",
    withState: true,
    action: "consultants.apply",
    fields: () => ({ lng: "en" }),
    allowed: /"reason":"cv_required"/,
  },
  {
    name: "src/modules/consultants/actions/workflow.ts#removeCvAction",
    page: () => "/en/consultants/apply",
    withState: false,
    action: "consultants.apply",
    // Without the confirmation box nothing is removed.
    fields: () => ({ lng: "en" }),
    allowed: /refused=fixErrors/,
  },
  {
    name: "src/modules/consultants/actions/workflow.ts#acceptInvitationAction",
    page: () => "/en/consultants/invitation?token=matrix",
    withState: false,
    action: "consultants.apply",
    fields: () => ({ lng: "en", token: "" }),
    allowed: /refused=invitation_unknown/,
  },
  {
    name: "src/modules/consultants/actions/workflow.ts#reviewDecisionAction",
    page: () => "/en/consultants/review",
    withState: true,
    action: "consultants.review",
    fields: () => ({ lng: "en", id: "not-a-uuid", decision: "approve", version: "1" }),
    allowed: /"field":"id"/,
  },
  {
    name: "src/modules/consultants/actions/workflow.ts#nominateAction",
    page: () => "/en/consultants/nominate",
    withState: true,
    action: "consultants.nominate",
    fields: () => ({ lng: "en", fullName: "", email: "", nomineeLng: "en" }),
    allowed: /"field":"fullName"/,
  },
  {
    name: "src/modules/consultants/actions/assignments.ts#addAssignmentAction",
    page: (ids) => `/en/activities/${ids.activity}/edit`,
    withState: true,
    action: "consultants.assignments.manage",
    fields: (ids) => ({ consultantId: "not-a-uuid", activityId: ids.activity, role: "expert", startsOn: "2025-01-01", endsOn: "2025-01-02", lng: "en" }),
    allowed: /"consultantId":"invalid_id"/,
  },
  {
    name: "src/modules/consultants/actions/assignments.ts#removeAssignmentAction",
    page: (ids) => `/en/activities/${ids.activity}/edit`,
    withState: false,
    action: "consultants.assignments.manage",
    fields: (ids) => ({ consultantId: "00000000-0000-4000-8000-00000000dead", assignmentId: "00000000-0000-4000-8000-00000000dead", activityId: ids.activity, lng: "en" }),
    allowed: /refused=notFound/,
  },
  // Matchmaking (docs/MATCHMAKING.md): each allowed call is refused on the field it sent.
  {
    name: "src/modules/matchmaking/actions/listings.ts#saveListingAction",
    page: () => "/en/matchmaking/new?kind=need",
    withState: true,
    action: "matchmaking.file",
    fields: () => ({ lng: "en", kind: "need", organisation: "Office", contactEmail: "not-an-email", intent: "save" }),
    allowed: /"field":"contactEmail","reason":"invalid_email"/,
  },
  {
    name: "src/modules/matchmaking/actions/listings.ts#transitionListingAction",
    page: (ids) => `/en/matchmaking/listings/${ids.needEg}`,
    withState: false,
    action: "matchmaking.file",
    fields: () => ({ lng: "en", id: "not-a-uuid", to: "submitted", version: "1" }),
    allowed: /field=id&reason=invalid_id/,
  },
  // Egypt's need, with a stale version: its country's focal point and the secretariat reach the version check, nobody else does.
  {
    name: "src/modules/matchmaking/actions/listings.ts#transitionListingAction",
    page: (ids) => `/en/matchmaking/listings/${ids.needEg}`,
    withState: false,
    action: "matchmaking.listings.manage",
    country: "EG",
    fields: (ids) => ({ lng: "en", id: ids.needEg, to: "submitted", version: "999" }),
    allowed: /refused=conflict/,
  },
  {
    name: "src/modules/matchmaking/actions/listings.ts#uploadAttachmentAction",
    page: (ids) => `/en/matchmaking/listings/${ids.needEg}`,
    withState: false,
    action: "matchmaking.file",
    fields: () => ({ lng: "en", id: "not-a-uuid" }),
    allowed: /field=id&reason=invalid_id/,
  },
  {
    name: "src/modules/matchmaking/actions/listings.ts#removeAttachmentAction",
    page: (ids) => `/en/matchmaking/listings/${ids.needEg}`,
    withState: false,
    action: "matchmaking.file",
    fields: () => ({ lng: "en", id: "00000000-0000-4000-8000-00000000dead", attachmentId: "x" }),
    allowed: /refused=fixErrors/,
  },
  {
    name: "src/modules/matchmaking/actions/interests.ts#expressInterestAction",
    page: (ids) => `/en/matchmaking/listings/${ids.needEg}`,
    withState: true,
    action: "matchmaking.interest",
    fields: () => ({ lng: "en", listingId: "00000000-0000-4000-8000-00000000dead", message: "short" }),
    allowed: /"field":"message","reason":"too_short"/,
  },
  {
    name: "src/modules/matchmaking/actions/interests.ts#answerInterestAction",
    page: (ids) => `/en/matchmaking/listings/${ids.needEg}`,
    withState: true,
    action: "matchmaking.file",
    fields: () => ({ lng: "en", listingId: "00000000-0000-4000-8000-00000000dead", interestId: "00000000-0000-4000-8000-00000000dead", decision: "maybe" }),
    allowed: /"field":"decision","reason":"invalid_choice"/,
  },
  {
    name: "src/modules/matchmaking/actions/saved-searches.ts#saveSearchAction",
    page: () => "/en/matchmaking",
    withState: false,
    action: "account.manage_own",
    fields: () => ({ lng: "en", query: "kind=need", frequency: "hourly" }),
    allowed: /savedField=frequency/,
  },
  {
    name: "src/modules/matchmaking/actions/saved-searches.ts#deleteSavedSearchAction",
    page: () => "/en/matchmaking",
    withState: false,
    action: "account.manage_own",
    fields: () => ({ lng: "en", id: "x" }),
    allowed: /refused=fixErrors/,
  },
  {
    name: "src/modules/matchmaking/actions/matches.ts#recordMatchAction",
    page: () => "/en/matchmaking/matches/new",
    withState: false,
    action: "matchmaking.matches.manage",
    fields: () => ({ lng: "en", supportType: "", startsOn: "2026-01-01" }),
    allowed: /field=supportType/,
  },
  // Success stories (docs/STORIES.md): the secretariat's calls are refused on the field they sent, nothing written.
  {
    name: "src/modules/stories/actions/stories.ts#saveStoryAction",
    page: () => "/en/stories/new",
    withState: true,
    action: "stories.manage",
    fields: () => ({ lng: "en", sourceLocale: "en", title_en: "", summary_en: "Matrix", body_en: "Matrix" }),
    allowed: /"field":"title_en","reason":"source_text_required"/,
  },
  {
    name: "src/modules/stories/actions/stories.ts#transitionStoryAction",
    page: () => "/en/stories/00000000-0000-4000-8000-00000000dead",
    withState: false,
    action: "stories.manage",
    fields: () => ({ lng: "en", id: "not-a-uuid", to: "in_review", version: "1" }),
    allowed: /field=id&reason=invalid_id/,
  },
  {
    name: "src/modules/stories/actions/stories.ts#addStoryImageAction",
    page: () => "/en/stories/00000000-0000-4000-8000-00000000dead/edit",
    withState: false,
    action: "stories.manage",
    fields: () => ({ lng: "en", id: "not-a-uuid" }),
    allowed: /field=id&reason=invalid_id/,
  },
  {
    name: "src/modules/stories/actions/stories.ts#removeStoryImageAction",
    page: () => "/en/stories/00000000-0000-4000-8000-00000000dead/edit",
    withState: false,
    action: "stories.manage",
    fields: () => ({ lng: "en", id: "00000000-0000-4000-8000-00000000dead", imageId: "x" }),
    allowed: /field=imageId&reason=invalid_id/,
  },
  {
    name: "src/modules/stories/actions/stories.ts#startStoryAction",
    page: () => "/en/stories/new",
    withState: false,
    action: "stories.manage",
    fields: () => ({ lng: "en", match: "not-a-uuid" }),
    allowed: /field=match&reason=invalid_id/,
  },
  {
    name: "src/modules/accounts/actions/account.ts#updateProfileAction",
    page: () => "/en/account",
    withState: true,
    action: "account.manage_own",
    fields: () => ({ name: "", preferredLanguage: "en", "organisation.name": "", "organisation.type": "ip_office", "organisation.country": "EG" }),
    allowed: /"name":"required"/,
  },
  {
    name: "src/modules/accounts/actions/account.ts#changePasswordAction",
    page: () => "/en/account",
    withState: true,
    action: "account.manage_own",
    fields: () => ({ currentPassword: "not-the-password", newPassword: "short" }),
    allowed: /"currentPassword":"wrong_password"/,
  },
  {
    name: "src/modules/accounts/actions/account.ts#deleteAccountAction",
    page: () => "/en/account",
    withState: true,
    action: "account.manage_own",
    // Without the confirmation box nothing is deleted.
    fields: () => ({ password: "not-the-password", lng: "en" }),
    allowed: /"confirm":"required"/,
  },
  {
    name: "src/modules/accounts/actions/admin.ts#updateUserAction",
    page: (ids) => `/en/admin/users/${ids.member}`,
    withState: true,
    action: "users.manage",
    fields: (ids) => ({ id: ids.member, roles: "no_such_role" }),
    allowed: /"roles[.0-9]*":"invalid_choice"/,
  },
  {
    name: "src/modules/accounts/actions/admin.ts#setFocalPointAction",
    page: () => "/en/secretariat/focal-points",
    withState: true,
    action: "focal_points.nominate",
    fields: () => ({ id: "not-a-uuid", country: "EG" }),
    allowed: /"id":"invalid_id"/,
  },
  {
    name: "src/modules/activities/actions.ts#saveActivityAction",
    page: () => "/en/activities/new",
    withState: true,
    action: "activities.manage",
    fields: () => ({ id: "", version: "", title_en: "" }),
    allowed: /"field":"title"/,
  },
  {
    name: "src/modules/activities/actions.ts#importAction",
    page: () => "/en/activities/import",
    withState: true,
    action: "activities.manage",
    fields: () => ({ dryRun: "on" }),
    allowed: /"fileError":"required"/,
  },
  {
    name: "src/modules/activities/actions.ts#deleteActivityAction",
    page: (ids) => `/en/activities/${ids.activity}/edit`,
    withState: false,
    action: "activities.manage",
    fields: () => ({ id: "00000000-0000-4000-8000-00000000dead", lng: "en", confirm: "on" }),
    allowed: /refused=notFound/,
  },
  // The questionnaire (docs/QUESTIONNAIRE.md): Egypt's focal points pass the country check and are refused on the round id they sent.
  {
    name: "src/modules/questionnaire/actions/response.ts#saveResponseAction",
    page: () => "/en/questionnaire/00000000-0000-4000-8000-00000000dead/EG",
    withState: true,
    action: "questionnaire.respond",
    country: "EG",
    fields: () => ({ lng: "en", country: "EG", roundId: "not-a-uuid", version: "0", intent: "save" }),
    allowed: /"path":"roundId","reason":"invalid_id"/,
  },
  {
    name: "src/modules/questionnaire/actions/response.ts#autosaveResponseAction",
    page: () => "/en/questionnaire/00000000-0000-4000-8000-00000000dead/EG",
    withState: true,
    action: "questionnaire.respond",
    country: "EG",
    fields: () => ({ lng: "en", country: "EG", roundId: "not-a-uuid", version: "0" }),
    allowed: /"path":"roundId","reason":"invalid_id"/,
  },
  {
    name: "src/modules/questionnaire/actions/response.ts#reviewResponseAction",
    page: () => "/en/questionnaire/00000000-0000-4000-8000-00000000dead/EG",
    withState: false,
    action: "questionnaire.manage",
    fields: () => ({ lng: "en", roundId: "not-a-uuid", country: "EG", to: "accepted", version: "1" }),
    allowed: /refused=fixErrors&field=roundId&reason=invalid_id/,
  },
  // The dashboard's reminders: the secretariat is refused for ticking no country, so nobody is reminded.
  {
    name: "src/modules/questionnaire/actions/reminders.ts#sendRemindersAction",
    page: () => "/en/questionnaire/00000000-0000-4000-8000-00000000dead",
    withState: false,
    action: "questionnaire.manage",
    fields: () => ({ lng: "en", roundId: "00000000-0000-4000-8000-00000000dead", scope: "selected" }),
    allowed: /refused=fixErrors&reason=none_selected/,
  },
];

/** Actions anyone may call: they check credentials or emailed tokens themselves. */
const PUBLIC_ACTIONS = [
  "src/modules/accounts/actions/auth.ts#signInAction",
  "src/modules/accounts/actions/auth.ts#signOutAction",
  "src/modules/accounts/actions/auth.ts#registerAction",
  "src/modules/accounts/actions/auth.ts#verifyEmailAction",
  "src/modules/accounts/actions/auth.ts#forgotPasswordAction",
  "src/modules/accounts/actions/auth.ts#resetPasswordAction",
  // A message to a consultant through the portal: open to visitors by design (docs/CONSULTANTS.md,
  // "Contact"); it checks the honeypot and rate-limits per IP and per consultant itself.
  "src/modules/consultants/actions/contact.ts#sendMessageAction",
  // A digest's one-click unsubscribe: the emailed single-use token is the credential (docs/MATCHMAKING.md, "Saved searches").
  "src/modules/matchmaking/actions/unsubscribe.ts#unsubscribeAction",
];

test("every policy action is covered by the matrix", () => {
  expect(new Set([...TARGETS.map((t) => t.action), ...ACTION_TARGETS.map((t) => t.action)])).toEqual(new Set(Object.keys(POLICY)));
  // What a person does through a page's form is also tried through its server action.
  const viaActions = new Set(ACTION_TARGETS.map((t) => t.action));
  const writes = TARGETS.filter((t) => t.method !== "GET" && t.kind === "api").map((t) => t.action);
  expect(writes.filter((a) => !viaActions.has(a)), "API writes without their server action in the matrix").toEqual([]);
});

test("every server action of the build is in the matrix or declared public", () => {
  const known = new Set([...ACTION_TARGETS.map((t) => t.name), ...PUBLIC_ACTIONS]);
  expect(actionNames().filter((n) => !known.has(n)), "server actions the matrix does not try").toEqual([]);
  expect([...known].filter((n) => !actionNames().includes(n)), "matrix entries the build does not have").toEqual([]);
});

test.describe("authorization matrix", () => {
  let ids: { member: string; activity: string; needEg: string };

  test.beforeAll(async ({ baseURL }) => {
    const admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
    expect(await signInByApi(admin, "admin@demo.test")).toBe(200);
    const list = await (await admin.get("/api/v1/admin/users?q=member@demo.test")).json();
    const activities = await (await admin.get("/api/v1/activities?limit=1")).json();
    // A need of Egypt filed by the secretariat (its owner is the secretariat account, not the focal points under test).
    const secretariat = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
    expect(await signInByApi(secretariat, "secretariat@demo.test")).toBe(200);
    const need = await secretariat.post("/api/v1/matchmaking/listings", {
      data: {
        kind: "need", title: { en: "Authorization matrix need" }, description: { en: "Filed by the matrix test." }, organisation: "Egyptian Patent Office",
        organisationType: "ip_office", ownerCountry: "EG", supportType: "technical", forms: ["training"], ipAreas: ["patents"], countries: ["EG"],
        languages: ["ar"], contactName: "Matrix", contactEmail: "matrix@example.org",
      },
    });
    expect(need.status()).toBe(201);
    const needEg = (await need.json()).id;
    await secretariat.dispose();
    ids = { member: list.items[0].id, activity: activities.items[0].id, needEg };
    await admin.dispose();
  });

  for (const who of PRINCIPALS) {
    test(`${who.label}`, async ({ baseURL }) => {
      const ctx: APIRequestContext = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: clientHeaders() });
      if (who.email) expect(await signInByApi(ctx, who.email), `sign-in of ${who.email}`).toBe(200);
      const rows: string[] = [];
      for (const target of TARGETS) {
        const path = target.path(ids);
        const decision = decide(who.principal, target.action, { country: target.country });
        const res = await ctx.fetch(path, {
          method: target.method,
          data: target.body,
          headers: target.body ? { "content-type": "application/json" } : {},
          maxRedirects: 0,
        });
        let expected: number;
        if (target.kind === "api") expected = { allow: target.allowedStatus ?? 200, unauthenticated: 401, forbidden: 403 }[decision];
        else expected = { allow: 200, unauthenticated: 307, forbidden: 403 }[decision];
        if (res.status() !== expected) rows.push(`${target.method} ${path}: expected ${expected} (${decision}), got ${res.status()}`);
        if (target.kind === "page" && decision === "unauthenticated") {
          expect(res.headers().location).toContain(`/en/sign-in?next=${encodeURIComponent(path)}`);
        }
        if (target.kind === "api" && decision !== "allow") {
          expect(res.headers()["content-type"]).toBe("application/problem+json");
        }
      }
      for (const target of ACTION_TARGETS) {
        const decision = decide(who.principal, target.action, { country: target.country });
        const { res, body } = await callServerAction(ctx, {
          name: target.name,
          page: target.page(ids),
          fields: target.fields(ids),
          withState: target.withState,
          origin: baseURL!,
        });
        const location = res.headers()["x-action-redirect"] ?? res.headers().location;
        const answer = `${res.status()} ${refusedMessage(body, location) ?? body.slice(0, 120)}`;
        const ok =
          decision === "allow"
            ? target.allowed.test(body) || target.allowed.test(location ?? "")
            : refusedMessage(body, location) === (decision === "unauthenticated" ? "signedOut" : "notAllowed");
        if (!ok) rows.push(`action ${target.name}: expected ${decision}, got ${answer}`);
      }
      expect(rows).toEqual([]);
      await ctx.dispose();
    });
  }
});
