// The contract between the app shell and a domain module (src/modules/<domain>/index.tsx).
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Permission } from '@renshe/shared';
import type { Messages } from '../i18n/types.ts';

export interface ModuleRoute {
  /** Absolute path, react-router syntax (`/registry/persons/:id`). */
  path: string;
  /** Page component — use `React.lazy(() => import('./SomePage.tsx'))` so each page is its own chunk. */
  component: LazyExoticComponent<ComponentType> | ComponentType;
  /** Permission needed to open the page (the API enforces it again). */
  permission?: Permission;
}

export interface WebModule {
  name: string;
  routes: ModuleRoute[];
  /** Pages open to visitors without an account (public portal); rendered outside the login guard and layout. */
  publicRoutes?: ModuleRoute[];
  /** The module's i18n keys, zh-CN and en (menu labels included). */
  messages: Messages;
}

export interface MenuItemDef {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** Accounts without it do not see the entry. */
  permission?: Permission;
  /** One-line description for the 首页 shortcut card. */
  descriptionKey?: string;
}
