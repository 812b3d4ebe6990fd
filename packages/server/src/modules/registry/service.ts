// 实名制人员库: residents on record by real name. Every read and write is scoped to the account's org unit.
import { maskMobile, maskResidentId, parseMobile, parseResidentId, validationMessage } from '@renshe/shared';
import { writeAudit } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { hasPermission, requirePermission } from '../../platform/context.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import { scopeOf } from '../../platform/scope.ts';
import { orgService } from '../orgs/service.ts';
import { personRepository, type PersonFilters, type PersonRow } from './repository.ts';

export const PERSON_ENTITY = { 'zh-CN': '人员', en: 'Person' };
export const KEY_GROUPS = [
  'graduate', 'long_term_unemployed_youth', 'hard_to_employ', 'zero_employment_family', 'rural_labour', 'veteran', 'disabled',
] as const;
export const EMPLOYMENT_STATUSES = ['employed', 'unemployed', 'flexible', 'retired', 'student', 'other'] as const;

export interface PersonInput {
  orgCode: string; name: string; residentId: string; mobile?: string | null; address?: string | null;
  localHukou?: boolean; employmentStatus?: string; keyGroups?: string[];
}
export interface PersonPatch extends Partial<Omit<PersonInput, 'residentId'>> { version: number }

export interface PersonView {
  id: string; orgCode: string; orgName: string | null; name: string; residentId: string; residentIdMasked: string;
  sex: string; birthDate: string; mobile: string | null; address: string | null; localHukou: boolean;
  employmentStatus: string; keyGroups: string[]; createdAt: string; updatedAt: string; version: number;
}

function view(ctx: Ctx, r: PersonRow, orgName: string | null): PersonView {
  const reveal = hasPermission(ctx, 'ids.unmask');
  return {
    id: r.id, orgCode: r.orgCode, orgName, name: r.name,
    residentId: reveal ? r.residentId : maskResidentId(r.residentId),
    residentIdMasked: maskResidentId(r.residentId),
    sex: r.sex, birthDate: String(r.birthDate), mobile: r.mobile ? (reveal ? r.mobile : maskMobile(r.mobile)) : null,
    address: r.address, localHukou: r.localHukou, employmentStatus: r.employmentStatus, keyGroups: r.keyGroups,
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
  };
}

async function orgNames(ctx: Ctx, rows: PersonRow[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const code of new Set(rows.map((r) => r.orgCode))) {
    const u = await orgService.getUnscoped(ctx.db, code);
    if (u) names.set(code, u.name);
  }
  return names;
}

function checkCommon(input: Partial<PersonInput>) {
  if (input.name !== undefined && !input.name.trim()) throw new AppError('FIELD_REQUIRED', { field: 'name' });
  if (input.employmentStatus !== undefined && !(EMPLOYMENT_STATUSES as readonly string[]).includes(input.employmentStatus)) {
    throw invalid('employmentStatus', { 'zh-CN': '就业状态不正确', en: 'unknown employment status' });
  }
  for (const g of input.keyGroups ?? []) {
    if (!(KEY_GROUPS as readonly string[]).includes(g)) throw invalid('keyGroups', { 'zh-CN': `重点群体“${g}”不存在`, en: `unknown key group "${g}"` });
  }
  let mobile: string | null | undefined = input.mobile;
  if (mobile) {
    const m = parseMobile(mobile);
    if (!m.ok) throw new AppError('INVALID_MOBILE', { field: 'mobile' });
    mobile = m.value;
  }
  return mobile === '' ? null : mobile;
}

export const registryService = {
  async list(ctx: Ctx, filters: PersonFilters) {
    requirePermission(ctx, 'registry.read');
    const { rows, total } = await personRepository.list(ctx.db, scopeOf(ctx), filters);
    const names = await orgNames(ctx, rows);
    return { total, items: rows.map((r) => view(ctx, r, names.get(r.orgCode) ?? null)) };
  },

  async get(ctx: Ctx, id: string): Promise<PersonView> {
    requirePermission(ctx, 'registry.read');
    const r = await personRepository.get(ctx.db, scopeOf(ctx), id);
    if (!r) throw notFound(PERSON_ENTITY);
    return view(ctx, r, (await orgService.getUnscoped(ctx.db, r.orgCode))?.name ?? null);
  },

  async create(ctx: Ctx, input: PersonInput): Promise<PersonView> {
    requirePermission(ctx, 'registry.write');
    const id = parseResidentId(input.residentId ?? '');
    if (!id.ok) {
      throw new AppError('INVALID_RESIDENT_ID', { field: 'residentId', params: { detail: validationMessage('residentId', id.reason, ctx.lang) } });
    }
    if (!input.name?.trim()) throw new AppError('FIELD_REQUIRED', { field: 'name' });
    const mobile = checkCommon(input);
    return ctx.db.transaction(async (tx) => {
      const unit = await orgService.requireUnitInScope(tx, scopeOf(ctx), input.orgCode, 'orgCode');
      if (await personRepository.existsResidentId(tx, id.value)) throw new AppError('RESIDENT_ID_TAKEN', { field: 'residentId' });
      const row = await personRepository.insert(tx, {
        orgCode: input.orgCode, name: input.name.trim(), residentId: id.value, sex: id.sex, birthDate: id.birthDate,
        mobile: mobile ?? null, address: input.address ?? null, localHukou: input.localHukou ?? true,
        employmentStatus: input.employmentStatus ?? 'employed', keyGroups: input.keyGroups ?? [],
      });
      await writeAudit(tx, ctx, { action: 'person.create', entity: 'person', entityId: row.id, orgCode: row.orgCode, before: null, after: row });
      return view(ctx, row, unit.name);
    });
  },

  async update(ctx: Ctx, id: string, patch: PersonPatch): Promise<PersonView> {
    requirePermission(ctx, 'registry.write');
    const mobile = checkCommon(patch);
    const scope = scopeOf(ctx);
    return ctx.db.transaction(async (tx) => {
      const before = await personRepository.get(tx, scope, id, { forUpdate: true });
      if (!before) throw notFound(PERSON_ENTITY);
      if (before.version !== patch.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
      if (patch.orgCode !== undefined) await orgService.requireUnitInScope(tx, scope, patch.orgCode, 'orgCode');
      const { version: _v, ...rest } = patch;
      const after = await personRepository.update(tx, id, { ...rest, ...(patch.mobile !== undefined ? { mobile: mobile ?? null } : {}), name: patch.name?.trim() });
      await writeAudit(tx, ctx, { action: 'person.update', entity: 'person', entityId: id, orgCode: after.orgCode, before, after });
      return view(ctx, after, (await orgService.getUnscoped(tx, after.orgCode))?.name ?? null);
    });
  },
};
