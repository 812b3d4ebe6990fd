// The API's modules, each a self-contained Fastify plugin mounted under /api/v1.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client.ts';
import { accountRoutes } from './accounts/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { orgRoutes } from './orgs/routes.ts';
import { registryRoutes } from './registry/routes.ts';
import { disputeRoutes } from './disputes/routes.ts';
import './disputes/measures.ts';
import { plansRoutes } from './plans/routes.ts';

export interface ModuleOptions { secureCookies: boolean; database: Database; demoMode: boolean }

export const apiModules: { name: string; routes: (app: FastifyInstance, opts: ModuleOptions) => Promise<void> }[] = [
  { name: 'auth', routes: authRoutes },
  { name: 'orgs', routes: orgRoutes },
  { name: 'accounts', routes: accountRoutes },
  { name: 'audit', routes: auditRoutes },
  { name: 'registry', routes: registryRoutes },
  { name: 'disputes', routes: disputeRoutes },
  { name: 'plans', routes: plansRoutes },
];
