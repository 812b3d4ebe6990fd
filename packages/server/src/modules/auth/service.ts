// Sign-in with server-side sessions. The cookie holds a random token; the database holds only its sha256, the
// account and a CSRF token that every state-changing request must echo in the X-CSRF-Token header.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { permissionsOf, type Lang, type Role, type SessionUser } from '@renshe/shared';
import type { Db, Executor } from '../../db/client.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import { accountService } from '../accounts/service.ts';
import { orgService } from '../orgs/service.ts';
import { authRepository } from './repository.ts';

/** Throttling: failures within the window lock the account / the address until the window has passed. */
export const LOGIN_THROTTLE = { windowMinutes: 15, maxFailuresPerAccount: 5, maxFailuresPerIp: 20 } as const;
export const SESSION_HOURS = 12;

// Verifying against a fixed hash when the account does not exist keeps response times alike (no user enumeration).
let dummyHash: Promise<string> | undefined;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
}

// Resolving the session costs a database round trip on every request, about a third of a list request's cost under
// load. Each instance therefore keeps resolved sessions for a few seconds. Ending sessions on this instance (logout,
// disable, re-scope, password reset) forgets them here at once; other instances follow within SESSION_CACHE_MS,
// which is the longest a disabled account can go on using a session it already had.
export const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_MAX = 10_000;
const sessionCache = new Map<string, { info: SessionInfo; until: number }>();

function rememberSession(info: SessionInfo): void {
  if (sessionCache.size >= SESSION_CACHE_MAX) sessionCache.delete(sessionCache.keys().next().value!);
  sessionCache.set(info.tokenHash, { info, until: Date.now() + SESSION_CACHE_MS });
}

function forgetSessionsOf(accountId: string): void {
  for (const [key, entry] of sessionCache) if (entry.info.actor.id === accountId) sessionCache.delete(key);
}

export interface LoginResult { token: string; csrfToken: string; expiresAt: Date; actor: Actor }

export const authService = {
  async login(db: Db, input: { username: string; password: string; ip: string; lang: Lang }): Promise<LoginResult> {
    const username = (input.username ?? '').trim();
    if (!username) throw new AppError('FIELD_REQUIRED', { field: 'username' });
    if (!input.password) throw new AppError('FIELD_REQUIRED', { field: 'password' });
    const since = new Date(Date.now() - LOGIN_THROTTLE.windowMinutes * 60_000);
    const failures = await authRepository.recentFailures(db, username, input.ip, since);
    if (failures.byAccount >= LOGIN_THROTTLE.maxFailuresPerAccount || failures.byIp >= LOGIN_THROTTLE.maxFailuresPerIp) {
      throw new AppError('LOGIN_THROTTLED', { params: { minutes: LOGIN_THROTTLE.windowMinutes } });
    }
    const account = await accountService.findForSignIn(db, username);
    dummyHash ??= hashPassword('renshe-dummy-password-1');
    const ok = account ? await verifyPassword(account.passwordHash, input.password) : (await verifyPassword(await dummyHash, input.password), false);
    if (!account || !ok) {
      await authRepository.recordAttempt(db, username, input.ip, false);
      throw new AppError('BAD_CREDENTIALS');
    }
    if (account.disabled) {
      await authRepository.recordAttempt(db, username, input.ip, false);
      throw new AppError('ACCOUNT_DISABLED');
    }
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    const actor: Actor = {
      id: account.id, username: account.username, displayName: account.displayName, role: account.role as Role, orgCode: account.orgCode,
    };
    await db.transaction(async (tx) => {
      await authRepository.recordAttempt(tx, username, input.ip, true);
      await authRepository.insertSession(tx, { tokenHash: hashToken(token), accountId: account.id, csrfToken, expiresAt, ip: input.ip });
      await writeAudit(tx, { db, actor, lang: input.lang, ip: input.ip }, {
        action: 'auth.login', entity: 'account', entityId: account.id, orgCode: account.orgCode,
      });
    });
    return { token, csrfToken, expiresAt, actor };
  },

  async resolve(db: Db, token: string | undefined): Promise<SessionInfo | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const cached = sessionCache.get(tokenHash);
    if (cached && cached.until > Date.now()) return cached.info;
    if (cached) sessionCache.delete(tokenHash);
    const found = await authRepository.findSession(db, tokenHash);
    if (!found || found.account.disabled) return null;
    const a = found.account;
    const info: SessionInfo = {
      tokenHash,
      csrfToken: found.session.csrfToken,
      actor: { id: a.id, username: a.username, displayName: a.displayName, role: a.role as Role, orgCode: a.orgCode },
    };
    rememberSession(info);
    return info;
  },

  /** End every session of an account (disabled, re-scoped, password reset), in the caller's transaction. */
  async endSessionsOf(tx: Executor, accountId: string): Promise<void> {
    forgetSessionsOf(accountId);
    await authRepository.deleteSessionsOf(tx, accountId);
  },

  async logout(db: Db, session: SessionInfo, ip: string): Promise<void> {
    sessionCache.delete(session.tokenHash);
    await db.transaction(async (tx) => {
      await authRepository.deleteSession(tx, session.tokenHash);
      await writeAudit(tx, { db, actor: session.actor, lang: 'zh-CN', ip }, {
        action: 'auth.logout', entity: 'account', entityId: session.actor.id, orgCode: session.actor.orgCode,
      });
    });
  },

  csrfMatches(session: SessionInfo, header: string | undefined): boolean {
    if (!header) return false;
    const a = Buffer.from(session.csrfToken);
    const b = Buffer.from(header);
    return a.length === b.length && timingSafeEqual(a, b);
  },

  async me(db: Db, session: SessionInfo): Promise<SessionUser> {
    const org = await orgService.getUnscoped(db, session.actor.orgCode);
    return {
      ...session.actor,
      orgName: org?.name ?? null,
      permissions: permissionsOf(session.actor.role),
      csrfToken: session.csrfToken,
    };
  },
};
