import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import { messages } from './messages.ts';

const AccountListPage = lazy(() => import('./AccountListPage.tsx'));

const accounts: WebModule = {
  name: 'accounts',
  messages,
  routes: [{ path: '/accounts', component: AccountListPage, permission: 'accounts.manage' }],
};
export default accounts;
