import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import { messages } from './messages.ts';

const PersonListPage = lazy(() => import('./PersonListPage.tsx'));
const PersonCreatePage = lazy(() => import('./PersonCreatePage.tsx'));
const PersonDetailPage = lazy(() => import('./PersonDetailPage.tsx'));

const registry: WebModule = {
  name: 'registry',
  messages,
  routes: [
    { path: '/registry/persons', component: PersonListPage, permission: 'registry.read' },
    { path: '/registry/persons/new', component: PersonCreatePage, permission: 'registry.write' },
    { path: '/registry/persons/:id', component: PersonDetailPage, permission: 'registry.read' },
  ],
};
export default registry;
