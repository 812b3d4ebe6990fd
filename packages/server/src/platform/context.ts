import type { Lang, Permission, Role } from '@renshe/shared';
import { can } from '@renshe/shared';
import type { Db } from '../db/client.ts';
import { AppError } from './errors.ts';

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** The org unit the account is bound to; it sees this unit and the units below it. */
  orgCode: string;
}

/** The data a service call needs: who acts, within which part of the organisation, in which language. */
export interface Ctx {
  db: Db;
  actor: Actor | null;
  lang: Lang;
  ip?: string;
}

export interface StaffCtx extends Ctx { actor: Actor }

export function requireActor(ctx: Ctx): asserts ctx is StaffCtx {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
}

export function requirePermission(ctx: Ctx, permission: Permission): asserts ctx is StaffCtx {
  requireActor(ctx);
  if (!can(ctx.actor!.role, permission)) throw new AppError('FORBIDDEN');
}

export function hasPermission(ctx: Ctx, permission: Permission): boolean {
  return !!ctx.actor && can(ctx.actor.role, permission);
}

/** A context for system jobs (CLI, demo generator): acts as the named system user over everything. */
export function systemCtx(db: Db, name = 'system', orgCode = '', role: Role = 'sys_admin'): StaffCtx {
  return {
    db,
    lang: 'zh-CN',
    actor: { id: '00000000-0000-0000-0000-000000000000', username: name, displayName: name, role, orgCode },
  };
}
