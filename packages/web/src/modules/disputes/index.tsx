import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import { messages } from './messages.ts';

const CaseListPage = lazy(() => import('./CaseListPage.tsx'));
const CasePage = lazy(() => import('./CasePage.tsx'));
const QueuesPage = lazy(() => import('./QueuesPage.tsx'));
const WalkInPage = lazy(() => import('./WalkInPage.tsx'));
const NetworkPage = lazy(() => import('./NetworkPage.tsx'));
const PortalApplyPage = lazy(() => import('./PortalApplyPage.tsx'));
const PortalTrackPage = lazy(() => import('./PortalTrackPage.tsx'));

const disputes: WebModule = {
  name: 'disputes',
  messages,
  routes: [
    { path: '/disputes', component: CaseListPage, permission: 'disputes.read' },
    { path: '/disputes/queues', component: QueuesPage, permission: 'disputes.read' },
    { path: '/disputes/new', component: WalkInPage, permission: 'disputes.register' },
    { path: '/disputes/network', component: NetworkPage, permission: 'disputes.network' },
    { path: '/disputes/cases/:id', component: CasePage, permission: 'disputes.read' },
  ],
  publicRoutes: [
    { path: '/portal/disputes/apply', component: PortalApplyPage },
    { path: '/portal/disputes/track', component: PortalTrackPage },
  ],
};
export default disputes;
