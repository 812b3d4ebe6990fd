import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import { messages } from './messages.ts';

const PlanListPage = lazy(() => import('./PlanListPage.tsx'));
const PlanPage = lazy(() => import('./PlanPage.tsx'));
const IndicatorPage = lazy(() => import('./IndicatorPage.tsx'));
const EvaluationPrintPage = lazy(() => import('./EvaluationPrintPage.tsx'));

const plans: WebModule = {
  name: 'plans',
  messages,
  routes: [
    { path: '/plans', component: PlanListPage, permission: 'plans.read' },
    { path: '/plans/:planId', component: PlanPage, permission: 'plans.read' },
    { path: '/plans/:planId/evaluation', component: EvaluationPrintPage, permission: 'plans.read' },
    { path: '/plans/:planId/indicators/:indicatorId', component: IndicatorPage, permission: 'plans.read' },
  ],
};
export default plans;
