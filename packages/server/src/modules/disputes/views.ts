// What the API returns for a case: staff view (identifiers masked unless the role may see them) and the public
// tracking view (no staff names, no identifiers).
import { maskMobile, maskResidentId } from '@renshe/shared';
import type { Executor } from '../../db/client.ts';
import type { Ctx } from '../../platform/context.ts';
import { hasPermission } from '../../platform/context.ts';
import { names } from './names.ts';
import type { CaseListRow, CaseRow, EventRow } from './repository.ts';
import {
  ACTION_LABELS, CLAIM_LABELS, STAGE_OF, STATE_LABELS, legalActions, suitDeadline, todayCst, type Action, type ClaimType, type State,
} from './workflow.ts';

const num = (v: string | number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));
const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

export function deadlineStatus(deadline: string | null, today = todayCst()): 'overdue' | 'due' | 'ok' | null {
  if (!deadline) return null;
  if (deadline < today) return 'overdue';
  const three = new Date(`${today}T00:00:00Z`);
  three.setUTCDate(three.getUTCDate() + 3);
  return deadline <= three.toISOString().slice(0, 10) ? 'due' : 'ok';
}

const ENTRY_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  applyOnline: { 'zh-CN': '网上申请', en: 'applied online' },
  registerWalkIn: { 'zh-CN': '窗口登记', en: 'registered at the counter' },
};

export function eventView(e: EventRow, opts: { withActor: boolean }) {
  return {
    id: e.id, at: e.at.toISOString(), onDate: String(e.onDate), action: e.action,
    actionLabel: (ACTION_LABELS as Record<string, { 'zh-CN': string; en: string }>)[e.action] ?? ENTRY_LABELS[e.action] ?? null,
    fromState: e.fromState, toState: e.toState, toStateLabel: STATE_LABELS[e.toState as State] ?? null,
    note: e.note, ...(opts.withActor ? { actorName: e.actorName, data: e.data } : {}),
  };
}

export async function caseView(ctx: Ctx, db: Executor, r: CaseRow, opts: { events?: EventRow[] } = {}) {
  const reveal = hasPermission(ctx, 'ids.unmask');
  // one after the other: `db` may be a transaction, which runs one query at a time
  const staff = await names.staff(db, [r.mediatorId, r.arbitratorId, r.handlerStaffId]);
  const orgs = await names.organisations(db, [r.mediationOrgId, r.commissionId]);
  const units = await names.units(db, [r.orgCode]);
  const unit = { name: units.get(r.orgCode) ?? null };
  const state = r.state as State;
  return {
    id: r.id, trackingCode: r.trackingCode, orgCode: r.orgCode, orgName: unit?.name ?? null, channel: r.channel,
    entryPath: r.entryPath, path: pathOf(r), state, stateLabel: STATE_LABELS[state], stage: STAGE_OF[state],
    filedOn: String(r.filedOn),
    applicant: {
      name: r.applicantName,
      residentId: reveal ? r.applicantResidentId : maskResidentId(r.applicantResidentId),
      residentIdMasked: maskResidentId(r.applicantResidentId),
      mobile: r.applicantMobile ? (reveal ? r.applicantMobile : maskMobile(r.applicantMobile)) : null,
    },
    respondent: { name: r.respondentName, uscc: r.respondentUscc },
    collective: r.collective, workerCount: r.workerCount,
    claims: r.claims.map((c) => ({ ...c, label: CLAIM_LABELS[c.type as ClaimType] ?? null })),
    amountClaimed: num(r.amountClaimed), amountAgreed: num(r.amountAgreed), amountAwarded: num(r.amountAwarded),
    amountRecovered: num(r.amountAwarded) ?? num(r.amountAgreed),
    facts: r.facts, attachments: r.attachments, disputeAroseOn: r.disputeAroseOn,
    mediation: {
      organisationId: r.mediationOrgId, organisationName: r.mediationOrgId ? orgs.get(r.mediationOrgId) ?? null : null,
      mediatorId: r.mediatorId, mediatorName: r.mediatorId ? staff.get(r.mediatorId) ?? null : null,
      receivedOn: r.mediationReceivedOn, deadline: r.mediationDeadline, sessionAt: iso(r.sessionAt), sessionPlace: r.sessionPlace,
      closedOn: r.mediationClosedOn, outcome: r.mediationOutcome, lapsedOn: r.mediationLapsedOn,
    },
    reviewConfirmation: r.reviewConfirmation,
    arbitration: {
      commissionId: r.commissionId, commissionName: r.commissionId ? orgs.get(r.commissionId) ?? null : null,
      transferredFromMediation: r.transferredFromMediation,
      arbitratorId: r.arbitratorId, arbitratorName: r.arbitratorId ? staff.get(r.arbitratorId) ?? null : null,
      appliedOn: r.arbAppliedOn, acceptanceDeadline: r.acceptanceDeadline, limitationExpired: r.limitationExpired,
      limitationNote: r.limitationNote, acceptedOn: r.arbAcceptedOn, caseNo: r.arbCaseNo,
      notAcceptedOn: r.notAcceptedOn, notAcceptedReason: r.notAcceptedReason,
      hearingAt: iso(r.hearingAt), hearingNoticeOn: r.hearingNoticeOn, hearingPlace: r.hearingPlace,
      awardDeadline: r.awardDeadline, extensionDays: r.extensionDays, extensionApprovedBy: r.extensionApprovedBy,
      extensionReason: r.extensionReason, closedOn: r.arbClosedOn, outcome: r.arbOutcome,
      finalAward: r.finalAward, finalAwardBasis: r.finalAwardBasis,
      suitDeadline: r.arbOutcome === 'award' && r.arbClosedOn ? suitDeadline(r.arbClosedOn) : null,
      sued: r.sued, suedOn: r.suedOn, suedBy: r.suedBy,
    },
    currentDeadline: r.currentDeadline, deadlineStatus: deadlineStatus(r.currentDeadline),
    handlerStaffId: r.handlerStaffId, handlerName: r.handlerStaffId ? staff.get(r.handlerStaffId) ?? null : null,
    actions: legalActions(state).map((a: Action) => ({ action: a, label: ACTION_LABELS[a] })),
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), version: r.version,
    ...(opts.events ? { timeline: opts.events.map((e) => eventView(e, { withActor: true })) } : {}),
  };
}

export type CaseView = Awaited<ReturnType<typeof caseView>>;

/** mediation | mediation→arbitration | mediation→review | arbitration */
export function pathOf(r: Pick<CaseRow, 'entryPath' | 'transferredFromMediation' | 'reviewConfirmation' | 'arbAppliedOn'>): string {
  if (r.entryPath === 'arbitration') return 'arbitration';
  if (r.reviewConfirmation) return r.arbAppliedOn ? 'mediation>review>arbitration' : 'mediation>review';
  return r.transferredFromMediation || r.arbAppliedOn ? 'mediation>arbitration' : 'mediation';
}

export function listItemView(r: CaseListRow, names: { orgs: Map<string, string>; units: Map<string, string>; staff: Map<string, string> }, today: string) {
  const state = r.state as State;
  return {
    id: r.id, trackingCode: r.trackingCode, orgCode: r.orgCode, orgName: names.units.get(r.orgCode) ?? null,
    state, stateLabel: STATE_LABELS[state], stage: STAGE_OF[state], entryPath: r.entryPath, filedOn: String(r.filedOn),
    applicantName: r.applicantName, respondentName: r.respondentName, collective: r.collective, workerCount: r.workerCount,
    amountClaimed: num(r.amountClaimed), amountRecovered: num(r.amountAwarded) ?? num(r.amountAgreed),
    currentDeadline: r.currentDeadline, deadlineStatus: deadlineStatus(r.currentDeadline, today),
    organisationName: r.mediationOrgId ? names.orgs.get(r.mediationOrgId) ?? null : null,
    handlerName: r.handlerStaffId ? names.staff.get(r.handlerStaffId) ?? null : null,
    arbCaseNo: r.arbCaseNo, transferredFromMediation: r.transferredFromMediation, version: r.version,
  };
}

/** The applicant's view by tracking code: progress and dates, no staff names, no identifiers. */
export async function publicView(db: Executor, r: CaseRow, events: EventRow[]) {
  const unit = { name: (await names.units(db, [r.orgCode])).get(r.orgCode) ?? null };
  const state = r.state as State;
  return {
    trackingCode: r.trackingCode, orgName: unit?.name ?? null, state, stateLabel: STATE_LABELS[state], stage: STAGE_OF[state],
    filedOn: String(r.filedOn), applicantName: r.applicantName, respondentName: r.respondentName,
    mediationDeadline: r.mediationDeadline, sessionAt: iso(r.sessionAt), sessionPlace: r.sessionPlace,
    mediationOutcome: r.mediationOutcome, mayApplyForArbitration: state === 'med_failed' || state === 'review_rejected',
    arbCaseNo: r.arbCaseNo, hearingAt: iso(r.hearingAt), hearingPlace: r.hearingPlace, awardDeadline: r.awardDeadline,
    arbOutcome: r.arbOutcome, finalAward: r.finalAward,
    timeline: events.map((e) => ({ onDate: String(e.onDate), action: e.action, toState: e.toState, toStateLabel: STATE_LABELS[e.toState as State] ?? null })),
  };
}
