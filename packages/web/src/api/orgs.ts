// Org units (组织机构) — reference data used all over the UI: cached per session.
import { api } from './client.ts';
import { cached } from './cache.ts';

export type OrgLevel = 'province' | 'city' | 'county' | 'township' | 'village';

export interface OrgUnit {
  code: string;
  parentCode: string | null;
  name: string;
  level: OrgLevel;
  /** 特殊区域 (开发区, 工业区 … township-level codes 4xx/5xx) */
  special: boolean;
  sortOrder: number;
}

export interface OrgTreeNode extends OrgUnit { children: OrgTreeNode[] }

export const DEFAULT_TREE_LEVELS: OrgLevel[] = ['province', 'city', 'county', 'township'];

/** GET /orgs/tree — the units visible to the account (its own unit and below), down to 街镇 by default. */
export function fetchOrgTree(levels: OrgLevel[] = DEFAULT_TREE_LEVELS): Promise<OrgTreeNode[]> {
  return cached(`orgs/tree:${levels.join(',')}`, () => api.get<{ items: OrgTreeNode[] }>('/orgs/tree', { level: levels }).then((r) => r.items));
}

/** GET /orgs?level=… — flat list of the visible units of the given levels (街镇 for filters). */
export function fetchOrgs(levels: OrgLevel[]): Promise<OrgUnit[]> {
  return cached(`orgs:${levels.join(',')}`, () => api.get<{ items: OrgUnit[] }>('/orgs', { level: levels }).then((r) => r.items));
}

export function flattenTree(nodes: OrgTreeNode[], out: Map<string, OrgUnit> = new Map()): Map<string, OrgUnit> {
  for (const n of nodes) {
    out.set(n.code, n);
    flattenTree(n.children, out);
  }
  return out;
}
