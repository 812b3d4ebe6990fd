// Data access of the disputes module. Every query on cases, organisations and staff takes a Scope (org-unit prefix).
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { unionAll } from 'drizzle-orm/pg-core';
import { inScope, type Scope } from '../../platform/scope.ts';
import { disputeCaseEvents, disputeCases, disputeOrganisations, disputeStaff } from './schema.ts';
import { STAGE_OF, STATES } from './workflow.ts';

export type CaseRow = typeof disputeCases.$inferSelect;
export type NewCaseRow = typeof disputeCases.$inferInsert;
export type EventRow = typeof disputeCaseEvents.$inferSelect;
export type NewEventRow = typeof disputeCaseEvents.$inferInsert;
export type OrganisationRow = typeof disputeOrganisations.$inferSelect;
export type StaffRow = typeof disputeStaff.$inferSelect;

export interface CaseFilters {
  states?: string[];
  stage?: 'mediation' | 'review' | 'arbitration';
  organisationId?: string;
  orgCode?: string;
  /** overdue: the running deadline has passed; due: it falls within the next 3 days */
  deadline?: 'overdue' | 'due';
  collective?: boolean;
  from?: string;
  to?: string;
  q?: string;
  handlerStaffIds?: string[];
  today: string;
  limit: number;
  offset: number;
}

/** The states a filter allows (state list ∩ stage), or undefined for any state. */
function statesOf(f: Pick<CaseFilters, 'states' | 'stage'>): string[] | undefined {
  let states: string[] | undefined = f.states?.length ? f.states : undefined;
  if (f.stage) {
    const ofStage = STATES.filter((st) => STAGE_OF[st] === f.stage) as string[];
    states = states ? states.filter((st) => ofStage.includes(st)) : ofStage;
  }
  return states;
}

function caseConditions(scope: Scope, f: Omit<CaseFilters, 'limit' | 'offset'>, opts: { withoutStates?: boolean } = {}): SQL {
  const c = disputeCases;
  const conds: SQL[] = [inScope(c.orgCode, scope)];
  // Cases belong to a 街镇 (9-digit code): for a 街镇 the prefix match is an equality, which the indexes can use.
  if (scope.orgCode.length === 9) conds.push(eq(c.orgCode, scope.orgCode));
  const states = statesOf(f);
  if (states && !opts.withoutStates) conds.push(states.length ? inArray(c.state, states) : sql`false`);
  if (f.organisationId) conds.push(or(eq(c.mediationOrgId, f.organisationId), eq(c.commissionId, f.organisationId))!);
  if (f.orgCode) conds.push(f.orgCode.length === 9 ? eq(c.orgCode, f.orgCode) : sql`${c.orgCode} like ${f.orgCode + '%'}`);
  if (f.deadline === 'overdue') conds.push(sql`${c.currentDeadline} < ${f.today}::date`);
  if (f.deadline === 'due') conds.push(sql`${c.currentDeadline} between ${f.today}::date and (${f.today}::date + 3)`);
  if (f.collective !== undefined) conds.push(eq(c.collective, f.collective));
  if (f.from) conds.push(gte(c.filedOn, f.from));
  if (f.to) conds.push(lte(c.filedOn, f.to));
  if (f.handlerStaffIds) conds.push(f.handlerStaffIds.length ? inArray(c.handlerStaffId, f.handlerStaffIds) : sql`false`);
  if (f.q) {
    const q = f.q.trim();
    conds.push(or(
      eq(c.trackingCode, q.toUpperCase()), eq(c.arbCaseNo, q), ilike(c.applicantName, `%${q}%`), ilike(c.respondentName, `%${q}%`),
      eq(c.respondentUscc, q.toUpperCase()),
    )!);
  }
  return and(...conds)!;
}

/** Columns shown in lists (not the facts, claims and attachments). */
const listColumns = {
  id: disputeCases.id, trackingCode: disputeCases.trackingCode, orgCode: disputeCases.orgCode, state: disputeCases.state,
  entryPath: disputeCases.entryPath, filedOn: disputeCases.filedOn, applicantName: disputeCases.applicantName,
  respondentName: disputeCases.respondentName, collective: disputeCases.collective, workerCount: disputeCases.workerCount,
  amountClaimed: disputeCases.amountClaimed, amountAgreed: disputeCases.amountAgreed, amountAwarded: disputeCases.amountAwarded,
  currentDeadline: disputeCases.currentDeadline, mediationOrgId: disputeCases.mediationOrgId, handlerStaffId: disputeCases.handlerStaffId,
  arbCaseNo: disputeCases.arbCaseNo, transferredFromMediation: disputeCases.transferredFromMediation, version: disputeCases.version,
};
export type CaseListRow = { [K in keyof typeof listColumns]: CaseRow[K] };

export const disputeRepository = {
  async getCase(db: Executor, scope: Scope, id: string, opts: { forUpdate?: boolean } = {}): Promise<CaseRow | undefined> {
    const q = db.select().from(disputeCases).where(and(eq(disputeCases.id, id), inScope(disputeCases.orgCode, scope)));
    const [r] = opts.forUpdate ? await q.for('update') : await q;
    return r;
  },

  /** Public tracking lookup: by code AND the applicant's resident ID; no scope (the applicant has no account). */
  async getByTracking(db: Executor, trackingCode: string, residentId: string): Promise<CaseRow | undefined> {
    const [r] = await db.select().from(disputeCases)
      .where(and(eq(disputeCases.trackingCode, trackingCode), eq(disputeCases.applicantResidentId, residentId)));
    return r;
  },

  async insertCase(db: Executor, row: NewCaseRow): Promise<CaseRow> {
    const [r] = await db.insert(disputeCases).values(row).returning();
    return r!;
  },

  async insertCases(db: Executor, rows: NewCaseRow[]): Promise<void> {
    if (rows.length) await db.insert(disputeCases).values(rows);
  },

  /** Optimistic update: only when the version still matches; undefined when someone else changed it first. */
  async updateCase(db: Executor, id: string, version: number, patch: Partial<NewCaseRow>): Promise<CaseRow | undefined> {
    const [r] = await db.update(disputeCases)
      .set({ ...patch, updatedAt: new Date(), version: sql`${disputeCases.version} + 1` })
      .where(and(eq(disputeCases.id, id), eq(disputeCases.version, version))).returning();
    return r;
  },

  async insertEvent(db: Executor, row: NewEventRow): Promise<void> {
    await db.insert(disputeCaseEvents).values(row);
  },

  async insertEvents(db: Executor, rows: NewEventRow[]): Promise<void> {
    if (rows.length) await db.insert(disputeCaseEvents).values(rows);
  },

  async events(db: Executor, caseId: string): Promise<EventRow[]> {
    return db.select().from(disputeCaseEvents).where(eq(disputeCaseEvents.caseId, caseId)).orderBy(asc(disputeCaseEvents.id));
  },

  /** One page (plus one row to tell whether more follow); totals come from `summary`, asked for separately. */
  async list(db: Executor, scope: Scope, f: CaseFilters): Promise<{ rows: CaseListRow[]; hasMore: boolean }> {
    const order = [desc(disputeCases.filedOn), desc(disputeCases.id)];
    const states = statesOf(f);
    let rows: CaseListRow[];
    // A more selective filter (a deadline, the collective flag, a keyword, a handler, an organisation) is better
    // driven by its own index; the planner does that well on its own.
    const stateDriven = !f.deadline && f.collective === undefined && !f.q && !f.handlerStaffIds && !f.organisationId
      && !f.orgCode && !f.from && !f.to;
    if (states && states.length > 1 && stateDriven) {
      // Several states (a stage, or a multi-select) as the main filter: recent cases are mostly in early states, so
      // walking the filing date backwards skips thousands of rows before it finds a page of, say, hearings. One
      // ordered read of the (state, filed_on, id) index per state, merged, reads only the page from each.
      const need = f.offset + f.limit + 1;
      const base = caseConditions(scope, f, { withoutStates: true });
      const parts = states.map((st) => db.select(listColumns).from(disputeCases)
        .where(and(base, eq(disputeCases.state, st))).orderBy(...order).limit(need));
      const [first, second, ...rest] = parts;
      rows = await unionAll(first!, second!, ...rest).orderBy(desc(sql.identifier('filed_on')), desc(sql.identifier('id'))).limit(f.limit + 1).offset(f.offset) as CaseListRow[];
    } else if (f.deadline) {
      // Only running cases have a deadline, and overdue or due-soon ones are few: find them all through the deadline
      // index, then sort. (Without the fence the planner walks the filing date backwards through every recent case,
      // assuming overdue ones are spread evenly — they are not: they are the old ones.)
      const running = db.select(listColumns).from(disputeCases).where(caseConditions(scope, f)).offset(0).as('running');
      rows = await db.select().from(running).orderBy(desc(running.filedOn), desc(running.id)).limit(f.limit + 1).offset(f.offset);
    } else {
      rows = await db.select(listColumns).from(disputeCases).where(caseConditions(scope, f))
        .orderBy(...order).limit(f.limit + 1).offset(f.offset);
    }
    return { rows: rows.slice(0, f.limit), hasMore: rows.length > f.limit };
  },

  async summary(db: Executor, scope: Scope, f: Omit<CaseFilters, 'limit' | 'offset'>): Promise<{ total: number; amountClaimed: number; amountRecovered: number }> {
    const where = caseConditions(scope, f);
    const [agg] = await db.select({
      n: sql<number>`count(*)::int`,
      claimed: sql<string>`coalesce(sum(${disputeCases.amountClaimed}), 0)`,
      recovered: sql<string>`coalesce(sum(coalesce(${disputeCases.amountAwarded}, ${disputeCases.amountAgreed})), 0)`,
    }).from(disputeCases).where(where);
    return { total: Number(agg?.n ?? 0), amountClaimed: Number(agg?.claimed ?? 0), amountRecovered: Number(agg?.recovered ?? 0) };
  },

  // --- organisations and people -------------------------------------------------------------------------------

  async listOrganisations(db: Executor, scope: Scope, f: { kind?: string; level?: string; orgCode?: string } = {}): Promise<OrganisationRow[]> {
    const conds: SQL[] = [inScope(disputeOrganisations.orgCode, scope)];
    if (f.kind) conds.push(eq(disputeOrganisations.kind, f.kind));
    if (f.level) conds.push(eq(disputeOrganisations.level, f.level));
    if (f.orgCode) conds.push(sql`${disputeOrganisations.orgCode} like ${f.orgCode + '%'}`);
    return db.select().from(disputeOrganisations).where(and(...conds)).orderBy(asc(disputeOrganisations.orgCode), asc(disputeOrganisations.name));
  },

  async getOrganisation(db: Executor, scope: Scope, id: string): Promise<OrganisationRow | undefined> {
    const [r] = await db.select().from(disputeOrganisations).where(and(eq(disputeOrganisations.id, id), inScope(disputeOrganisations.orgCode, scope)));
    return r;
  },

  /** The arbitration commission whose district contains `orgCode` (unscoped: a 街镇 case goes to its district's commission). */
  async commissionFor(db: Executor, orgCode: string): Promise<OrganisationRow | undefined> {
    const [r] = await db.select().from(disputeOrganisations)
      .where(and(eq(disputeOrganisations.kind, 'arbitration'), eq(disputeOrganisations.orgCode, orgCode.slice(0, 6))));
    return r;
  },

  async insertOrganisations(db: Executor, rows: (typeof disputeOrganisations.$inferInsert)[]): Promise<OrganisationRow[]> {
    if (!rows.length) return [];
    return db.insert(disputeOrganisations).values(rows).returning();
  },

  /** Serialise set-ups of one district's network (held until the transaction ends). */
  async lockNetwork(db: Executor, district: string): Promise<void> {
    await db.execute(sql`select pg_advisory_xact_lock(hashtext(${'dispute_network:' + district}))`);
  },

  /** Organisations whose org unit is exactly `orgCode` (the district's own commission and joint centre). */
  async organisationsAt(db: Executor, orgCode: string): Promise<OrganisationRow[]> {
    return db.select().from(disputeOrganisations).where(eq(disputeOrganisations.orgCode, orgCode));
  },

  /** The 街镇 mediation centres (level township) under a district. */
  async townCentresUnder(db: Executor, district: string): Promise<OrganisationRow[]> {
    return db.select().from(disputeOrganisations).where(and(
      eq(disputeOrganisations.kind, 'mediation'), eq(disputeOrganisations.level, 'township'),
      sql`${disputeOrganisations.orgCode} like ${district + '%'}`,
    ));
  },

  async lockOrganisation(db: Executor, scope: Scope, id: string): Promise<OrganisationRow | undefined> {
    const [r] = await db.select().from(disputeOrganisations)
      .where(and(eq(disputeOrganisations.id, id), inScope(disputeOrganisations.orgCode, scope))).for('update');
    return r;
  },

  /** Optimistic update: undefined when the version no longer matches. */
  async updateOrganisation(db: Executor, id: string, version: number, patch: Partial<typeof disputeOrganisations.$inferInsert>): Promise<OrganisationRow | undefined> {
    const [r] = await db.update(disputeOrganisations)
      .set({ ...patch, updatedAt: new Date(), version: sql`${disputeOrganisations.version} + 1` })
      .where(and(eq(disputeOrganisations.id, id), eq(disputeOrganisations.version, version))).returning();
    return r;
  },

  async lockStaff(db: Executor, scope: Scope, id: string): Promise<StaffRow | undefined> {
    const [r] = await db.select().from(disputeStaff)
      .where(and(eq(disputeStaff.id, id), inScope(disputeStaff.orgCode, scope))).for('update');
    return r;
  },

  async updateStaff(db: Executor, id: string, version: number, patch: Partial<typeof disputeStaff.$inferInsert>): Promise<StaffRow | undefined> {
    const [r] = await db.update(disputeStaff)
      .set({ ...patch, updatedAt: new Date(), version: sql`${disputeStaff.version} + 1` })
      .where(and(eq(disputeStaff.id, id), eq(disputeStaff.version, version))).returning();
    return r;
  },

  /** Unscoped: certificate numbers are unique across the installation. */
  async staffByCertificate(db: Executor, certificateNo: string): Promise<StaffRow | undefined> {
    const [r] = await db.select().from(disputeStaff).where(eq(disputeStaff.certificateNo, certificateNo));
    return r;
  },

  async listStaff(db: Executor, scope: Scope, f: { role?: string; organisationId?: string } = {}): Promise<StaffRow[]> {
    const conds: SQL[] = [inScope(disputeStaff.orgCode, scope)];
    if (f.role) conds.push(eq(disputeStaff.role, f.role));
    if (f.organisationId) conds.push(eq(disputeStaff.organisationId, f.organisationId));
    return db.select().from(disputeStaff).where(and(...conds)).orderBy(asc(disputeStaff.orgCode), asc(disputeStaff.name));
  },

  async getStaff(db: Executor, scope: Scope, id: string): Promise<StaffRow | undefined> {
    const [r] = await db.select().from(disputeStaff).where(and(eq(disputeStaff.id, id), inScope(disputeStaff.orgCode, scope)));
    return r;
  },

  async staffOfAccount(db: Executor, accountId: string): Promise<StaffRow[]> {
    return db.select().from(disputeStaff).where(eq(disputeStaff.accountId, accountId));
  },

  async insertStaff(db: Executor, rows: (typeof disputeStaff.$inferInsert)[]): Promise<StaffRow[]> {
    if (!rows.length) return [];
    return db.insert(disputeStaff).values(rows).returning();
  },

  async staffNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
    const uniq = [...new Set(ids.filter(Boolean))];
    if (!uniq.length) return new Map();
    const rows = await db.select({ id: disputeStaff.id, name: disputeStaff.name }).from(disputeStaff).where(inArray(disputeStaff.id, uniq));
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  async organisationNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
    const uniq = [...new Set(ids.filter(Boolean))];
    if (!uniq.length) return new Map();
    const rows = await db.select({ id: disputeOrganisations.id, name: disputeOrganisations.name }).from(disputeOrganisations).where(inArray(disputeOrganisations.id, uniq));
    return new Map(rows.map((r) => [r.id, r.name]));
  },

  /** All cases in scope, in pages (for the CSV export). */
  async *allCases(db: Executor, scope: Scope, pageSize = 5000): AsyncGenerator<CaseRow[]> {
    let after = '';
    for (;;) {
      const rows = await db.select().from(disputeCases)
        .where(and(inScope(disputeCases.orgCode, scope), sql`${disputeCases.trackingCode} > ${after}`))
        .orderBy(asc(disputeCases.trackingCode)).limit(pageSize);
      if (!rows.length) return;
      yield rows;
      after = rows[rows.length - 1]!.trackingCode;
    }
  },
};
