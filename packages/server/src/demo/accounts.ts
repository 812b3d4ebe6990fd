// Demo accounts, one per role (listed in the README). They exist only when the demo organisation is loaded.
import type { Role } from '@renshe/shared';

export const DEMO_PASSWORD = 'renshe2026demo';

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; orgCode: string }[] = [
  { username: 'admin', displayName: '系统管理员（闵行）', role: 'sys_admin', orgCode: '310112' },
  { username: 'leader', displayName: '张局长', role: 'district_leader', orgCode: '310112' },
  { username: 'staff', displayName: '李科员', role: 'district_staff', orgCode: '310112' },
  { username: 'xinzhuang', displayName: '王经办（莘庄镇）', role: 'street_worker', orgCode: '310112101' },
  { username: 'qibao', displayName: '陈经办（七宝镇）', role: 'street_worker', orgCode: '310112102' },
  { username: 'mediator', displayName: '赵调解员', role: 'mediator', orgCode: '310112' },
  { username: 'arbitrator', displayName: '孙仲裁员', role: 'arbitrator', orgCode: '310112' },
  { username: 'inspector', displayName: '周监察员', role: 'inspector', orgCode: '310112' },
  { username: 'enterprise', displayName: '上海闵虹精密机械有限公司', role: 'enterprise', orgCode: '310112101' },
  { username: 'citizen', displayName: '吴市民', role: 'citizen', orgCode: '310112101' },
  { username: 'jd_admin', displayName: '系统管理员（嘉定）', role: 'sys_admin', orgCode: '310114' },
  { username: 'hy_admin', displayName: '系统管理员（海盐）', role: 'sys_admin', orgCode: '330424' },
];
