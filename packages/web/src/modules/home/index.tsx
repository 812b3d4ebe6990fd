import { lazy } from 'react';
import type { WebModule } from '../types.ts';
import { messages } from './messages.ts';

const HomePage = lazy(() => import('./HomePage.tsx'));

const home: WebModule = {
  name: 'home',
  messages,
  routes: [{ path: '/', component: HomePage }],
};
export default home;
