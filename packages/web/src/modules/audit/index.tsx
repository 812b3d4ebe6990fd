import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import { messages } from './messages.ts';

const AuditPage = lazy(() => import('./AuditPage.tsx'));

const audit: WebModule = {
  name: 'audit',
  messages,
  routes: [{ path: '/audit', component: AuditPage, permission: 'audit.read' }],
};
export default audit;
