// Shared pieces of the network use cases (organisations, mediators, arbitrators): the levels and statuses allowed,
// field checks that name the field, and the views returned by the API.
import { AppError } from '../../../platform/errors.ts';
import { fieldError } from '../errors.ts';
import type { OrganisationRow, StaffRow } from '../repository.ts';

export const ORG_KINDS = ['mediation', 'arbitration'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
/** 区、街镇、园区(楼宇商圈行业)、企业 — the four levels of the mediation network. */
export const ORG_LEVELS = ['district', 'township', 'park', 'enterprise'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];
export const STAFF_ROLES = ['mediator', 'arbitrator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_STATUSES = ['active', 'suspended', 'retired'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** Org-unit levels (orgs module) each network level may be tied to. */
export const UNIT_LEVELS_OF: Record<OrgLevel, readonly string[]> = {
  district: ['county'],
  township: ['township'],
  park: ['county', 'township'],
  enterprise: ['county', 'township'],
};

export const ORGANISATION_ENTITY_NAME = 'dispute_organisation';
export const STAFF_ENTITY_NAME = 'dispute_staff';

export function requiredText(field: string, value: string | undefined | null, max: number): string {
  const v = (value ?? '').trim();
  if (!v) throw new AppError('FIELD_REQUIRED', { field });
  if (v.length > max) throw fieldError(field, { 'zh-CN': `不能超过 ${max} 个字`, en: `at most ${max} characters` });
  return v;
}

export function optionalText(field: string, value: string | undefined | null, max: number): string | null {
  const v = (value ?? '').trim();
  if (!v) return null;
  if (v.length > max) throw fieldError(field, { 'zh-CN': `不能超过 ${max} 个字`, en: `at most ${max} characters` });
  return v;
}

export function optionalPhone(value: string | undefined | null): string | null {
  const v = optionalText('phone', value, 30);
  if (v !== null && !/^[0-9+\-() ]{3,30}$/.test(v)) throw fieldError('phone', { 'zh-CN': '电话号码只能包含数字、空格和 + - ( )', en: 'a phone number may only contain digits, spaces and + - ( )' });
  return v;
}

export function certificateNo(value: string | undefined | null): string {
  const v = requiredText('certificateNo', value, 50);
  if (!/^[\p{L}\p{N}\-_/()（）]+$/u.test(v)) throw fieldError('certificateNo', { 'zh-CN': '资格证号只能包含文字、数字和 - _ / ( )', en: 'a certificate number may only contain letters, digits and - _ / ( )' });
  return v;
}

export function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], reason: { 'zh-CN': string; en: string }): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw fieldError(field, reason);
  return value as T;
}

export function organisationView(r: OrganisationRow) {
  return {
    id: r.id, kind: r.kind, level: r.level, name: r.name, orgCode: r.orgCode, address: r.address, phone: r.phone, active: r.active,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  };
}

export function staffView(r: StaffRow) {
  return {
    id: r.id, organisationId: r.organisationId, role: r.role, name: r.name, certificateNo: r.certificateNo, status: r.status,
    orgCode: r.orgCode, accountId: r.accountId, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  };
}
