import type { Role } from './contract';

/** A department of the office; sections point at their department. */
export interface Department {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
}

/** A person of the office directory, with their roles in Kvalita. */
export interface Person {
  readonly email: string;
  readonly displayName: string;
  readonly jobTitle: string | null;
  readonly departmentCode: string | null;
  readonly managerEmail: string | null;
  readonly roles: readonly Role[];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
