// Roles and what each may do. Staff accounts are bound to an org unit and see that unit and the units below it.

export const ROLES = [
  'sys_admin', // 系统管理员
  'district_leader', // 区局领导 — read-only across its district
  'district_staff', // 区局业务人员
  'street_worker', // 街镇经办员
  'mediator', // 调解员
  'arbitrator', // 仲裁员
  'inspector', // 监察员
  'enterprise', // 企业用户
  'citizen', // 市民
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; en: string }> = {
  sys_admin: { 'zh-CN': '系统管理员', en: 'System administrator' },
  district_leader: { 'zh-CN': '区局领导', en: 'Bureau leadership' },
  district_staff: { 'zh-CN': '区局业务人员', en: 'Bureau staff' },
  street_worker: { 'zh-CN': '街镇经办员', en: 'Sub-district case worker' },
  mediator: { 'zh-CN': '调解员', en: 'Mediator' },
  arbitrator: { 'zh-CN': '仲裁员', en: 'Arbitrator' },
  inspector: { 'zh-CN': '监察员', en: 'Labour inspector' },
  enterprise: { 'zh-CN': '企业用户', en: 'Enterprise user' },
  citizen: { 'zh-CN': '市民', en: 'Citizen' },
};

export const STAFF_ROLES: readonly Role[] = [
  'sys_admin', 'district_leader', 'district_staff', 'street_worker', 'mediator', 'arbitrator', 'inspector',
];

export const PERMISSIONS = [
  'accounts.manage',
  'audit.read',
  'orgs.read',
  'registry.read',
  'registry.write',
  'ids.unmask', // see full resident ID numbers
  'plans.read',
  'plans.enter', // hand-enter indicator values
  'disputes.read',
  'disputes.handle', // mediators and arbitrators working cases
  'disputes.register', // staff registering walk-in applications
  'disputes.network', // set up the mediation/arbitration network: organisations, mediators, arbitrators
  'backup.run',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  sys_admin: ['accounts.manage', 'audit.read', 'orgs.read', 'registry.read', 'plans.read', 'backup.run', 'disputes.read', 'disputes.network'],
  district_leader: ['audit.read', 'orgs.read', 'registry.read', 'plans.read', 'disputes.read'],
  district_staff: [
    'orgs.read', 'registry.read', 'registry.write', 'ids.unmask', 'plans.read', 'plans.enter',
    'disputes.read', 'disputes.register', 'disputes.network',
  ],
  street_worker: ['orgs.read', 'registry.read', 'registry.write', 'ids.unmask', 'plans.read', 'disputes.read', 'disputes.register'],
  mediator: ['orgs.read', 'disputes.read', 'disputes.handle', 'disputes.register', 'ids.unmask'],
  arbitrator: ['orgs.read', 'disputes.read', 'disputes.handle', 'disputes.register', 'ids.unmask'],
  inspector: ['orgs.read', 'registry.read', 'plans.read'],
  enterprise: [],
  citizen: [],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role]?.includes(permission) ?? false;
}

export function permissionsOf(role: Role): Permission[] {
  return [...(GRANTS[role] ?? [])];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export type Lang = 'zh-CN' | 'en';
