export const ROLES = ["member", "focal_point", "partner", "consultant", "secretariat", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_TYPES = ["ip_office", "igo", "ngo", "academia", "private_sector", "donor", "other"] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const VERIFY_TOKEN_HOURS = 48;
export const RESET_TOKEN_MINUTES = 60;

/** Per minute, per key (docs/ARCHITECTURE.md, "Protection"). */
export const RATE_LIMITS = {
  signInPerIp: 10,
  signInPerAccount: 10,
  registerPerIp: 10,
  resetPerIp: 5,
  resetPerAccount: 5,
} as const;
