import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { accounts, loginAttempts, sessions } from '../../db/schema.ts';

export const authRepository = {
  async insertSession(db: Executor, row: typeof sessions.$inferInsert): Promise<void> {
    await db.insert(sessions).values(row);
  },

  async findSession(db: Executor, tokenHash: string) {
    const [r] = await db.select({ session: sessions, account: accounts }).from(sessions)
      .innerJoin(accounts, eq(accounts.id, sessions.accountId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
    return r;
  },

  async deleteSession(db: Executor, tokenHash: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  },

  async deleteSessionsOf(db: Executor, accountId: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.accountId, accountId));
  },

  async deleteExpiredSessions(db: Executor): Promise<void> {
    await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  },

  async recordAttempt(db: Executor, username: string, ip: string, success: boolean): Promise<void> {
    await db.insert(loginAttempts).values({ username: username.toLowerCase(), ip, success });
  },

  /** Failed attempts since `since` for the account and for the address (after the last success of the account). */
  async recentFailures(db: Executor, username: string, ip: string, since: Date): Promise<{ byAccount: number; byIp: number }> {
    const u = username.toLowerCase();
    const [a] = await db.select({ n: sql<number>`count(*)::int` }).from(loginAttempts).where(and(
      eq(loginAttempts.username, u), eq(loginAttempts.success, false), gt(loginAttempts.at, since),
      sql`${loginAttempts.at} > coalesce((select max(la.at) from login_attempts la where la.username = ${u} and la.success), 'epoch'::timestamptz)`,
    ));
    const [b] = await db.select({ n: sql<number>`count(*)::int` }).from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
    return { byAccount: Number(a?.n ?? 0), byIp: Number(b?.n ?? 0) };
  },
};
