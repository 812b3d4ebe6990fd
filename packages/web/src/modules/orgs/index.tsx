import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import { messages } from './messages.ts';

const OrgTreePage = lazy(() => import('./OrgTreePage.tsx'));

const orgs: WebModule = {
  name: 'orgs',
  messages,
  routes: [{ path: '/orgs', component: OrgTreePage, permission: 'orgs.read' }],
};
export default orgs;
