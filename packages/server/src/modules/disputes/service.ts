// Reads of the disputes module: case lists with filters, the case page, the deadline queues of each mediator and
// arbitrator, the organisations and people of the network, the public tracking lookup, printable documents and the
// CSV export. State changes live in usecases/ (one file per use case).
import { parseResidentId } from '@renshe/shared';
import type { Ctx } from '../../platform/context.ts';
import { requirePermission } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { scopeOf, type Scope } from '../../platform/scope.ts';
import type { Executor } from '../../db/client.ts';
import { orgService } from '../orgs/service.ts';
import { CASE_ENTITY, DisputeConflict } from './errors.ts';
import { disputeRepository, type CaseFilters, type CaseRow } from './repository.ts';
import { caseView, listItemView, pathOf, publicView } from './views.ts';
import { names } from './names.ts';
import { organisationView, staffView } from './usecases/network.ts';
import { STATE_LABELS, todayCst, type State } from './workflow.ts';
import { renderDocument, type DocumentKind } from './documents.ts';

const TRACKING_ENTITY = { 'zh-CN': '案件（查询码与身份证号码不匹配或不存在）', en: 'Case (no case with this code and ID number)' };

export type ListQuery = Omit<CaseFilters, 'today'> & { mine?: boolean };


export const disputeService = {
  async list(ctx: Ctx, q: ListQuery) {
    requirePermission(ctx, 'disputes.read');
    const today = todayCst();
    const handlerStaffIds = q.handlerStaffIds ?? (q.mine ? (await disputeRepository.staffOfAccount(ctx.db, ctx.actor.id)).map((s) => s.id) : undefined);
    const { rows, hasMore } = await disputeRepository.list(ctx.db, scopeOf(ctx), { ...q, today, handlerStaffIds });
    const [orgs, staff, units] = await Promise.all([
      names.organisations(ctx.db, rows.map((r) => r.mediationOrgId)),
      names.staff(ctx.db, rows.map((r) => r.handlerStaffId)),
      names.units(ctx.db, rows.map((r) => r.orgCode)),
    ]);
    return { hasMore, items: rows.map((r) => listItemView(r, { orgs, staff, units }, today)) };
  },

  /** Count and amounts (claimed, recovered) of the cases matching the same filters as the list. */
  async summary(ctx: Ctx, q: ListQuery) {
    requirePermission(ctx, 'disputes.read');
    const handlerStaffIds = q.handlerStaffIds ?? (q.mine ? (await disputeRepository.staffOfAccount(ctx.db, ctx.actor.id)).map((s) => s.id) : undefined);
    return disputeRepository.summary(ctx.db, scopeOf(ctx), { ...q, today: todayCst(), handlerStaffIds });
  },

  async get(ctx: Ctx, id: string) {
    requirePermission(ctx, 'disputes.read');
    const r = await disputeRepository.getCase(ctx.db, scopeOf(ctx), id);
    if (!r) throw notFound(CASE_ENTITY);
    return caseView(ctx, ctx.db, r, { events: await disputeRepository.events(ctx.db, r.id) });
  },

  /** Overdue and due-within-3-days cases of the current mediator/arbitrator (or of `staffId`, for supervisors). */
  async queues(ctx: Ctx, opts: { staffId?: string }) {
    requirePermission(ctx, 'disputes.read');
    const scope = scopeOf(ctx);
    let staffIds: string[];
    if (opts.staffId) {
      const s = await disputeRepository.getStaff(ctx.db, scope, opts.staffId);
      if (!s) throw notFound({ 'zh-CN': '调解员/仲裁员', en: 'Mediator/arbitrator' });
      staffIds = [s.id];
    } else {
      staffIds = (await disputeRepository.staffOfAccount(ctx.db, ctx.actor.id)).map((s) => s.id);
    }
    const base = { handlerStaffIds: staffIds, limit: 200, offset: 0 };
    const [overdue, due] = await Promise.all([
      this.list(ctx, { ...base, deadline: 'overdue' }),
      this.list(ctx, { ...base, deadline: 'due' }),
    ]);
    // Intake without a handler yet: applications waiting for a decision within their statutory time.
    const intakeState = ctx.actor.role === 'arbitrator' ? 'arb_applied' : ctx.actor.role === 'mediator' ? 'med_received' : null;
    const intake = intakeState && !opts.staffId
      ? await this.list(ctx, { states: [intakeState], deadline: 'due', limit: 200, offset: 0 })
      : null;
    const intakeOverdue = intakeState && !opts.staffId
      ? await this.list(ctx, { states: [intakeState], deadline: 'overdue', limit: 200, offset: 0 })
      : null;
    return {
      staffIds,
      overdue: overdue.items, due: due.items,
      intakeOverdue: intakeOverdue?.items ?? [], intakeDue: intake?.items ?? [],
      more: { overdue: overdue.hasMore, due: due.hasMore },
    };
  },

  async organisations(ctx: Ctx, f: { kind?: string; level?: string; orgCode?: string }) {
    requirePermission(ctx, 'disputes.read');
    const rows = await disputeRepository.listOrganisations(ctx.db, scopeOf(ctx), f);
    return { items: rows.map(organisationView) };
  },

  /** Mediators and arbitrators; a case of a 街镇 may be assigned to people of the district, so a 街镇 account
   *  also sees the district-level people (but never another 街镇's). */
  async staff(ctx: Ctx, f: { role?: string; organisationId?: string }) {
    requirePermission(ctx, 'disputes.read');
    const scope = scopeOf(ctx);
    const district: Scope = { orgCode: scope.orgCode.slice(0, 6) };
    const rows = (await disputeRepository.listStaff(ctx.db, district, f))
      .filter((s) => s.orgCode === district.orgCode || s.orgCode.startsWith(scope.orgCode));
    return { items: rows.map(staffView) };
  },

  /** Public: the 街镇 an online application may name — those of districts that have an arbitration commission. */
  async portalTownships(ctx: Ctx) {
    const commissions = await disputeRepository.listOrganisations(ctx.db, { orgCode: '' }, { kind: 'arbitration' });
    const out: { code: string; name: string; district: string }[] = [];
    for (const c of commissions) {
      const district = await orgService.getUnscoped(ctx.db, c.orgCode);
      const towns = await orgService.listAll({ ...ctx, actor: { id: '', username: 'portal', displayName: 'portal', role: 'citizen', orgCode: '' } }, { under: c.orgCode, levels: ['township'] });
      for (const t of towns) out.push({ code: t.code, name: t.name, district: district?.name ?? c.orgCode });
    }
    return { items: out };
  },

  /** Public: by tracking code and the applicant's resident ID. Anything else is the same 404, whatever is wrong. */
  async lookup(ctx: Ctx, trackingCode: string, residentId: string) {
    const id = parseResidentId(residentId ?? '');
    const code = (trackingCode ?? '').trim().toUpperCase();
    const r = id.ok && code ? await disputeRepository.getByTracking(ctx.db, code, id.value) : undefined;
    if (!r) throw notFound(TRACKING_ENTITY);
    return publicView(ctx.db, r, await disputeRepository.events(ctx.db, r.id));
  },

  async document(ctx: Ctx, id: string, kind: DocumentKind): Promise<string> {
    requirePermission(ctx, 'disputes.read');
    const r = await disputeRepository.getCase(ctx.db, scopeOf(ctx), id);
    if (!r) throw notFound(CASE_ENTITY);
    const view = await caseView({ ...ctx, actor: ctx.actor }, ctx.db, r);
    const html = renderDocument(kind, view);
    if (!html) {
      throw new DisputeConflict({
        'zh-CN': `案件当前状态“${STATE_LABELS[r.state as State]['zh-CN']}”下没有该文书`,
        en: `There is no such document while the case is "${STATE_LABELS[r.state as State].en}"`,
      });
    }
    return html;
  },
};

// --- CSV export -----------------------------------------------------------------------------------------------

export const CSV_COLUMNS: [string, (r: CaseRow) => unknown][] = [
  ['tracking_code', (r) => r.trackingCode], ['org_code', (r) => r.orgCode], ['channel', (r) => r.channel],
  ['entry_path', (r) => r.entryPath], ['path', (r) => pathOf(r)], ['state', (r) => r.state],
  ['collective', (r) => r.collective], ['worker_count', (r) => r.workerCount], ['amount_claimed', (r) => r.amountClaimed],
  ['filed_on', (r) => r.filedOn], ['mediation_received_on', (r) => r.mediationReceivedOn],
  ['mediation_deadline', (r) => r.mediationDeadline], ['mediation_closed_on', (r) => r.mediationClosedOn],
  ['mediation_outcome', (r) => r.mediationOutcome], ['amount_agreed', (r) => r.amountAgreed],
  ['review_confirmation', (r) => r.reviewConfirmation], ['transferred_from_mediation', (r) => r.transferredFromMediation],
  ['arb_applied_on', (r) => r.arbAppliedOn], ['acceptance_deadline', (r) => r.acceptanceDeadline],
  ['limitation_expired', (r) => r.limitationExpired], ['arb_accepted_on', (r) => r.arbAcceptedOn],
  ['not_accepted_on', (r) => r.notAcceptedOn], ['hearing_notice_on', (r) => r.hearingNoticeOn],
  ['hearing_at', (r) => r.hearingAt?.toISOString()], ['award_deadline', (r) => r.awardDeadline],
  ['extension_days', (r) => r.extensionDays], ['arb_closed_on', (r) => r.arbClosedOn], ['arb_outcome', (r) => r.arbOutcome],
  ['amount_awarded', (r) => r.amountAwarded], ['final_award', (r) => r.finalAward], ['sued', (r) => r.sued],
  ['sued_on', (r) => r.suedOn],
];

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every case in scope, one CSV line each (no personal identifiers: names and ID numbers are left out). */
export async function* exportCsv(db: Executor, scope: Scope): AsyncGenerator<string> {
  yield CSV_COLUMNS.map(([h]) => h).join(',') + '\n';
  for await (const page of disputeRepository.allCases(db, scope)) {
    yield page.map((r) => CSV_COLUMNS.map(([, f]) => csvCell(f(r))).join(',')).join('\n') + '\n';
  }
}

export { todayCst };
