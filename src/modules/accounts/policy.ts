import type { Role } from "./constants";

/**
 * The policy table: which roles may take which action. Pages, server actions,
 * API routes and the authorization matrix test all read this one table.
 * `countryScoped` roles may act only on records of their own focal-point country.
 */
export const POLICY = {
  "account.manage_own": { roles: ["member", "focal_point", "partner", "consultant", "secretariat", "admin"] },
  "users.manage": { roles: ["admin"] },
  "focal_points.nominate": { roles: ["secretariat", "admin"] },
  "country.focal_points.read": { roles: ["secretariat", "admin"], countryScoped: ["focal_point"] },
  "audit.read": { roles: ["admin"] },
  "outbox.read": { roles: ["admin"] },
  "activities.manage": { roles: ["secretariat", "admin"] },
  /** A roster profile's contact details, gender and CV (docs/CONSULTANTS.md, "Privacy"). */
  "consultants.contact.read": { roles: ["focal_point", "secretariat", "admin"] },
  /** The roster export: every matching profile with its personal data. */
  "consultants.export": { roles: ["secretariat", "admin"] },
  /** Fill, edit, submit and confirm one's own roster profile (docs/CONSULTANTS.md, "Workflow"). */
  "consultants.apply": { roles: ["member", "focal_point", "partner", "consultant", "secretariat", "admin"] },
  /** Nominate a national of one's own focal-point country (the nationality is checked by the workflow). */
  "consultants.nominate": { roles: ["focal_point"] },
  /** The review queue: approve, return with a comment, reject. */
  "consultants.review": { roles: ["secretariat", "admin"] },
  /** Download a CV; the consultant may also download their own (checked by the route). */
  "consultants.cv.read": { roles: ["focal_point", "secretariat", "admin"] },
  /** Add and remove assignments of consultants to activities. */
  "consultants.assignments.manage": { roles: ["secretariat", "admin"] },
  /**
   * File a need or an offer (docs/MATCHMAKING.md, "Who files what"): a need for one's focal-point
   * country or for one's institution in a developing country; an offer as a partner or an office.
   */
  "matchmaking.file": { roles: ["member", "focal_point", "partner", "consultant", "secretariat", "admin"] },
  /**
   * Change a listing one did not file: the secretariat any, a focal point only their own
   * country's needs (its filer may always change it: checked by the workflow).
   */
  "matchmaking.listings.manage": { roles: ["secretariat", "admin"], countryScoped: ["focal_point"] },
  /** The moderation queue: publish, return with a comment, reject; the brokering view. */
  "matchmaking.moderate": { roles: ["secretariat", "admin"] },
  /** "I can help" / "We need this" on a published listing. */
  "matchmaking.interest": { roles: ["member", "focal_point", "partner", "consultant", "secretariat", "admin"] },
  /** Record matches and follow them to their outcome. */
  "matchmaking.matches.manage": { roles: ["secretariat", "admin"] },
  /** Write, review, publish and archive success stories, their images and links (docs/STORIES.md, "Workflow"). */
  "stories.manage": { roles: ["secretariat", "admin"] },
  /** Edit and submit one's own country's questionnaire response (its focal points share it). */
  "questionnaire.respond": { roles: [], countryScoped: ["focal_point"] },
  /** Read a country's response and its revisions: its focal points, and the secretariat all. */
  "questionnaire.responses.read": { roles: ["secretariat", "admin"], countryScoped: ["focal_point"] },
  /** Rounds, the round dashboard, reminders, exports; returning and accepting responses. */
  "questionnaire.manage": { roles: ["secretariat", "admin"] },
} as const satisfies Record<string, { roles: readonly Role[]; countryScoped?: readonly Role[] }>;

export type Action = keyof typeof POLICY;

export interface Principal {
  roles: readonly Role[];
  focalPointCountry: string | null;
}

export type Decision = "allow" | "unauthenticated" | "forbidden";

/** Decides an action for a user (null: not signed in) on an optional country-owned resource. */
export function decide(user: Principal | null, action: Action, resource: { country?: string } = {}): Decision {
  if (!user) return "unauthenticated";
  const rule: { roles: readonly Role[]; countryScoped?: readonly Role[] } = POLICY[action];
  if (user.roles.some((r) => rule.roles.includes(r))) return "allow";
  const scoped = rule.countryScoped ?? [];
  if (
    resource.country &&
    user.focalPointCountry === resource.country &&
    user.roles.some((r) => scoped.includes(r))
  ) {
    return "allow";
  }
  return "forbidden";
}
