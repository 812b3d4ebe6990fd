// 全过程记录: every write records who, when, which record, and the values before and after, in the same
// transaction as the write (callers pass their transaction handle). Personal identifiers are masked in the trail.
import { maskResidentId } from '@renshe/shared';
import { auditLog } from '../db/schema.ts';
import type { Executor } from '../db/client.ts';
import type { Ctx } from './context.ts';

const DROPPED_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'csrfToken']);
const MASKED_KEYS = new Set(['residentId', 'applicantResidentId', 'idNumber']);

export function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (DROPPED_KEYS.has(k)) continue;
      out[k] = MASKED_KEYS.has(k) && typeof v === 'string' ? maskResidentId(v) : redact(v);
    }
    return out;
  }
  return value;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  orgCode?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function writeAudit(tx: Executor, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: ctx.actor && ctx.actor.id !== '00000000-0000-0000-0000-000000000000' ? ctx.actor.id : null,
    actorName: ctx.actor ? ctx.actor.displayName : '匿名 (public)',
    actorRole: ctx.actor?.role ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    orgCode: entry.orgCode ?? null,
    before: (redact(entry.before) ?? null) as never,
    after: (redact(entry.after) ?? null) as never,
    ip: ctx.ip ?? null,
  });
}
