import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { line, searchQuery } from "@/lib/validation/text";
import { ORGANISATION_TYPES, PASSWORD_MAX_LENGTH, ROLES } from "./constants";
import { passwordProblems } from "./password-rules";

/**
 * Validation messages are stable codes (e.g. "too_short"): the API returns them as
 * the `reason` of invalidParams, the forms show their translation (accounts:errors.*).
 */
export const emailSchema = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .max(254, { error: "too_long" })
  .pipe(z.email({ error: "invalid_email" }));

export const newPasswordSchema = z.string({ error: "required" }).max(PASSWORD_MAX_LENGTH * 4, { error: "too_long" });

/** Adds the password rules (length, common list, not the email) to an object schema holding `email` and `password`-like fields. */
export function checkPassword(password: string, email: string | undefined, ctx: z.RefinementCtx, path: string) {
  for (const problem of passwordProblems(password, { email })) ctx.addIssue({ code: "custom", path: [path], message: problem });
}

const name = line({ min: 1, max: 200 });
const iso2 = z.string({ error: "required" }).trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "unknown_country" });

export const organisationSchema = z.object({
  name: name,
  type: z.enum(ORGANISATION_TYPES, { error: "invalid_choice" }),
  country: iso2,
});

export const registerSchema = z
  .object({
    email: emailSchema,
    password: newPasswordSchema,
    name,
    lng: z.enum(LOCALES, { error: "invalid_choice" }).default("en"),
    organisation: organisationSchema,
  })
  .superRefine((v, ctx) => checkPassword(v.password, v.email, ctx, "password"))
  .meta({ id: "Registration" });
export type RegisterInput = z.output<typeof registerSchema>;

export const profileSchema = z.object({
  name,
  lng: z.enum(LOCALES, { error: "invalid_choice" }),
  organisation: organisationSchema,
});
export type ProfileInput = z.output<typeof profileSchema>;

export const adminUserPatchSchema = z
  .object({
    roles: z.array(z.enum(ROLES, { error: "invalid_choice" })).min(1, { error: "required" }).max(ROLES.length).optional(),
    focalPointCountry: iso2.nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { error: "required" })
  .meta({ id: "UserPatch" });
export type AdminUserPatch = z.output<typeof adminUserPatchSchema>;

export const userIdParams = z.object({ id: z.uuid({ error: "invalid_id" }) });

export const userListQuerySchema = z.object({
  q: searchQuery({ max: 200 }).optional().meta({ description: "Part of the name, email or organisation" }),
  role: z.enum(ROLES).optional(),
  country: iso2.optional().meta({ description: "Organisation or focal-point country (ISO alpha-2)" }),
  active: z.enum(["true", "false"]).optional(),
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(ROLES)),
    focalPointCountry: z.string().nullable(),
    preferredLanguage: z.string(),
    organisation: z.object({ name: z.string(), type: z.enum(ORGANISATION_TYPES), country: z.string() }),
    emailVerified: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
    lastSignInAt: z.string().nullable(),
  })
  .meta({ id: "User" });
export type UserView = z.output<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }).meta({ id: "UserList" });
