// Names shown next to ids (org units, mediation organisations, mediators/arbitrators), cached in memory for a short
// while: they are reference data that changes rarely, and looking them up on every request costs more than the
// request itself. A stale name lasts at most TTL_MS; ids never change meaning.
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { orgUnits } from '../../db/schema.ts';
import { disputeOrganisations, disputeStaff } from './schema.ts';

const TTL_MS = 60_000;
type Entry = { name: string; at: number };
const caches = { unit: new Map<string, Entry>(), org: new Map<string, Entry>(), staff: new Map<string, Entry>() };

async function resolve(db: Executor, kind: keyof typeof caches, keys: (string | null | undefined)[]): Promise<Map<string, string>> {
  const cache = caches[kind];
  const now = Date.now();
  const out = new Map<string, string>();
  const missing: string[] = [];
  for (const k of new Set(keys)) {
    if (!k) continue;
    const e = cache.get(k);
    if (e && now - e.at < TTL_MS) out.set(k, e.name);
    else missing.push(k);
  }
  if (missing.length) {
    const rows = kind === 'unit'
      ? await db.select({ id: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.code, missing))
      : kind === 'org'
        ? await db.select({ id: disputeOrganisations.id, name: disputeOrganisations.name }).from(disputeOrganisations).where(inArray(disputeOrganisations.id, missing))
        : await db.select({ id: disputeStaff.id, name: disputeStaff.name }).from(disputeStaff).where(inArray(disputeStaff.id, missing));
    for (const r of rows) { cache.set(r.id, { name: r.name, at: now }); out.set(r.id, r.name); }
    if (cache.size > 50_000) cache.clear();
  }
  return out;
}

export const names = {
  units: (db: Executor, codes: (string | null | undefined)[]) => resolve(db, 'unit', codes),
  organisations: (db: Executor, ids: (string | null | undefined)[]) => resolve(db, 'org', ids),
  staff: (db: Executor, ids: (string | null | undefined)[]) => resolve(db, 'staff', ids),
};
