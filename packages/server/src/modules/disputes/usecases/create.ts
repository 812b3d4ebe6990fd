// Creating a case: shared by the online application (a citizen, no account) and the walk-in registration (staff).
// Validates every field by name (resident ID, USCC, mobile, claims), writes the case, its first timeline event and
// the audit row in one transaction.
import { randomInt } from 'node:crypto';
import { parseMobile, parseResidentId, parseSocialCreditCode, validationMessage } from '@renshe/shared';
import { writeAudit } from '../../../platform/audit.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { orgService } from '../../orgs/service.ts';
import { fieldError } from '../errors.ts';
import { disputeRepository, type CaseRow } from '../repository.ts';
import {
  CLAIM_TYPES, acceptanceDeadline, checkLimitation, mediationDeadline, runningDeadline, todayCst, type LimitationCheck, type State,
} from '../workflow.ts';
import { businessDate } from './common.ts';

export interface ApplicationInput {
  orgCode: string;
  entryPath: 'mediation' | 'arbitration';
  applicantName: string;
  applicantResidentId: string;
  applicantMobile?: string | null;
  respondentName: string;
  respondentUscc: string;
  workerCount?: number;
  claims: { type: string; amount?: number | null; note?: string }[];
  facts: string;
  disputeAroseOn?: string | null;
  attachments?: { name: string; size: number; contentType: string }[];
}

/** 集体争议: ten or more workers (劳动争议调解仲裁法 Art. 7). */
export const COLLECTIVE_MIN_WORKERS = 10;

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export function newTrackingCode(today: string, rand: (n: number) => number = randomInt): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET[rand(CODE_ALPHABET.length)];
  return `LD${today.slice(2, 4)}-${s}`;
}

export interface Validated {
  residentId: string; uscc: string; mobile: string | null; claims: { type: string; amount: number | null; note?: string }[];
  amountClaimed: number; workerCount: number;
}

export function validateApplication(ctx: Ctx, input: ApplicationInput, today: string): Validated {
  if (!input.applicantName?.trim()) throw new AppError('FIELD_REQUIRED', { field: 'applicantName' });
  const id = parseResidentId(input.applicantResidentId ?? '');
  if (!id.ok) throw new AppError('INVALID_RESIDENT_ID', { field: 'applicantResidentId', params: { detail: validationMessage('residentId', id.reason, ctx.lang) } });
  if (!input.respondentName?.trim()) throw new AppError('FIELD_REQUIRED', { field: 'respondentName' });
  const uscc = parseSocialCreditCode(input.respondentUscc ?? '');
  if (!uscc.ok) throw new AppError('INVALID_CREDIT_CODE', { field: 'respondentUscc', params: { detail: validationMessage('socialCreditCode', uscc.reason, ctx.lang) } });
  let mobile: string | null = null;
  if (input.applicantMobile) {
    const m = parseMobile(input.applicantMobile);
    if (!m.ok) throw new AppError('INVALID_MOBILE', { field: 'applicantMobile' });
    mobile = m.value;
  }
  if (!Array.isArray(input.claims) || input.claims.length === 0) throw new AppError('FIELD_REQUIRED', { field: 'claims' });
  const claims = input.claims.map((c, i) => {
    if (!(CLAIM_TYPES as readonly string[]).includes(c.type)) throw fieldError(`claims.${i}.type`, { 'zh-CN': '请求事项不在列表中', en: 'unknown claim type' });
    const amount = c.amount === undefined || c.amount === null ? null : Number(c.amount);
    if (amount !== null && (!Number.isFinite(amount) || amount < 0 || amount > 1e11 || Math.round(amount * 100) !== amount * 100)) {
      throw fieldError(`claims.${i}.amount`, { 'zh-CN': '金额应为不小于 0 的数，最多两位小数', en: 'the amount must be a non-negative number with at most 2 decimals' });
    }
    if (amount === null && c.type !== 'labour_relation' && c.type !== 'other') {
      throw fieldError(`claims.${i}.amount`, { 'zh-CN': '请填写请求金额', en: 'enter the amount claimed' });
    }
    return { type: c.type, amount, ...(c.note ? { note: c.note } : {}) };
  });
  if (!input.facts?.trim()) throw new AppError('FIELD_REQUIRED', { field: 'facts' });
  const workerCount = input.workerCount ?? 1;
  if (!Number.isInteger(workerCount) || workerCount < 1) throw fieldError('workerCount', { 'zh-CN': '人数应为正整数', en: 'must be a positive whole number' });
  if (input.disputeAroseOn) businessDate('disputeAroseOn', input.disputeAroseOn, today);
  if (input.entryPath !== 'mediation' && input.entryPath !== 'arbitration') throw fieldError('entryPath', { 'zh-CN': '请选择申请调解或申请仲裁', en: 'choose mediation or arbitration' });
  const amountClaimed = Math.round(claims.reduce((s, c) => s + (c.amount ?? 0), 0) * 100) / 100;
  return { residentId: id.value, uscc: uscc.value, mobile, claims, amountClaimed, workerCount };
}

export async function createCase(
  ctx: Ctx, input: ApplicationInput, opts: { channel: 'online' | 'walk_in'; receivedOn?: string; actorName: string },
): Promise<{ row: CaseRow; limitation: LimitationCheck | null }> {
  const today = todayCst();
  const v = validateApplication(ctx, input, today);
  const receivedOn = businessDate('receivedOn', opts.receivedOn, today);
  return ctx.db.transaction(async (tx) => {
    // The 街镇 must exist (online: anywhere; walk-in: within the account's scope — checked by the caller).
    const unit = await orgService.getUnscoped(tx, input.orgCode ?? '');
    if (!unit || unit.level !== 'township') throw fieldError('orgCode', { 'zh-CN': '请选择所在街镇', en: 'choose the 街镇 (sub-district) responsible' });
    const commission = await disputeRepository.commissionFor(tx, unit.code);
    if (!commission) throw fieldError('orgCode', { 'zh-CN': '该区尚未开通网上调解仲裁', en: 'online mediation and arbitration is not yet open in this district' });
    const limitation = input.entryPath === 'arbitration'
      ? checkLimitation({ disputeAroseOn: input.disputeAroseOn ?? null, appliedOn: receivedOn, claimTypes: v.claims.map((c) => c.type) })
      : null;
    const state: State = input.entryPath === 'mediation' ? 'med_received' : 'arb_applied';
    const dates = input.entryPath === 'mediation'
      ? { mediationReceivedOn: receivedOn, mediationDeadline: mediationDeadline(receivedOn) }
      : { arbAppliedOn: receivedOn, acceptanceDeadline: acceptanceDeadline(receivedOn), commissionId: commission.id,
          limitationExpired: limitation!.expired, limitationNote: limitation!.explanation['zh-CN'] };
    const row = await disputeRepository.insertCase(tx, {
      trackingCode: newTrackingCode(today), orgCode: unit.code, channel: opts.channel, entryPath: input.entryPath, state,
      filedOn: receivedOn, applicantName: input.applicantName.trim(), applicantResidentId: v.residentId, applicantMobile: v.mobile,
      respondentName: input.respondentName.trim(), respondentUscc: v.uscc, workerCount: v.workerCount,
      collective: v.workerCount >= 10, claims: v.claims, amountClaimed: v.amountClaimed.toFixed(2), facts: input.facts.trim(),
      attachments: input.attachments ?? [], disputeAroseOn: input.disputeAroseOn ?? null, ...dates,
      currentDeadline: runningDeadline(state, dates),
    });
    await disputeRepository.insertEvent(tx, {
      caseId: row.id, orgCode: row.orgCode, onDate: receivedOn, action: opts.channel === 'online' ? 'applyOnline' : 'registerWalkIn',
      fromState: null, toState: state, actorName: opts.actorName, note: limitation?.expired ? limitation.explanation['zh-CN'] : null,
      data: limitation ? { limitation } : null,
    });
    await writeAudit(tx, ctx, { action: `dispute.${opts.channel === 'online' ? 'applyOnline' : 'registerWalkIn'}`, entity: 'dispute_case', entityId: row.id, orgCode: row.orgCode, before: null, after: row });
    return { row, limitation };
  });
}
