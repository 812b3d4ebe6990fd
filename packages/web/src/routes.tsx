// Central registry of the web app's modules and of the side menu.
//
// To add a module (e.g. cockpit, disputes):
//   1. create src/modules/<domain>/index.tsx exporting a default WebModule { name, routes, messages }
//      (pages lazy-loaded with React.lazy, labels in the module's messages.ts);
//   2. add it to `webModules` below;
//   3. add its menu entry to `menuItems` below: { path, labelKey, icon, permission, descriptionKey? }.
// The menu shows an entry only to accounts holding its permission (see PERMISSIONS in @renshe/shared/roles.ts).
import {
  ApartmentOutlined, AlertOutlined, ClusterOutlined, AuditOutlined, SolutionOutlined, FundProjectionScreenOutlined, HomeOutlined, IdcardOutlined, TeamOutlined,
} from '@ant-design/icons';
import type { MenuItemDef, WebModule } from './modules/types.ts';
import home from './modules/home/index.tsx';
import registry from './modules/registry/index.tsx';
import orgs from './modules/orgs/index.tsx';
import accounts from './modules/accounts/index.tsx';
import audit from './modules/audit/index.tsx';
import plans from './modules/plans/index.tsx';
import disputes from './modules/disputes/index.tsx';

export type { MenuItemDef, ModuleRoute, WebModule } from './modules/types.ts';

export const webModules: WebModule[] = [
  home,
  registry,
  orgs,
  accounts,
  audit,
  plans,
  disputes,
];

export const menuItems: MenuItemDef[] = [
  { path: '/', labelKey: 'menu.home', icon: <HomeOutlined />, permission: undefined },
  { path: '/plans', labelKey: 'menu.plans', icon: <FundProjectionScreenOutlined />, permission: 'plans.read', descriptionKey: 'home.link.plans' },
  { path: '/registry/persons', labelKey: 'menu.registry', icon: <IdcardOutlined />, permission: 'registry.read', descriptionKey: 'home.link.registry' },
  { path: '/orgs', labelKey: 'menu.orgs', icon: <ApartmentOutlined />, permission: 'orgs.read', descriptionKey: 'home.link.orgs' },
  { path: '/accounts', labelKey: 'menu.accounts', icon: <TeamOutlined />, permission: 'accounts.manage', descriptionKey: 'home.link.accounts' },
  { path: '/disputes', labelKey: 'menu.disputes', icon: <SolutionOutlined />, permission: 'disputes.read', descriptionKey: 'home.link.disputes' },
  { path: '/disputes/queues', labelKey: 'menu.disputeQueues', icon: <AlertOutlined />, permission: 'disputes.handle', descriptionKey: 'home.link.disputeQueues' },
  { path: '/disputes/network', labelKey: 'menu.disputeNetwork', icon: <ClusterOutlined />, permission: 'disputes.network', descriptionKey: 'home.link.disputeNetwork' },
  { path: '/audit', labelKey: 'menu.audit', icon: <AuditOutlined />, permission: 'audit.read', descriptionKey: 'home.link.audit' },
];

export const moduleMessages = webModules.map((m) => m.messages);
