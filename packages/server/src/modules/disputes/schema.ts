// Tables of the disputes module (劳动人事争议调解仲裁). Every table carries `org_code` (division code of the unit
// responsible) so access is scoped by prefix like every other business table (platform/scope.ts).
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../../db/schema.ts';

/**
 * 调解组织 and 仲裁委员会. Mediation organisations at the four levels of the network (000 三(三)3: "区、街镇、园区
 * (楼宇商圈行业)、企业劳动争议调解四级网络"): level district | township | park (园区/楼宇/行业) | enterprise;
 * kind = 'arbitration' is the district's 劳动人事争议仲裁委员会 (level district).
 */
export const disputeOrganisations = pgTable('dispute_organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').notNull(),
  level: text('level').notNull(),
  name: text('name').notNull(),
  orgCode: text('org_code').notNull().references(() => orgUnits.code),
  address: text('address'),
  phone: text('phone'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [index('dispute_orgs_org_idx').on(t.orgCode), index('dispute_orgs_kind_idx').on(t.kind, t.level)]);

/** 调解员 / 仲裁员 with certification (000 三(三)4: "加强对各类调解组织从业调解员认证"). */
export const disputeStaff = pgTable('dispute_staff', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull().references(() => disputeOrganisations.id),
  /** the login account of this person, when they have one (their queue follows it) */
  accountId: uuid('account_id'),
  /** mediator | arbitrator */
  role: text('role').notNull(),
  name: text('name').notNull(),
  certificateNo: text('certificate_no').notNull(),
  /** active | suspended | retired */
  status: text('status').notNull().default('active'),
  orgCode: text('org_code').notNull().references(() => orgUnits.code),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  index('dispute_staff_org_idx').on(t.orgCode),
  index('dispute_staff_account_idx').on(t.accountId),
  uniqueIndex('dispute_staff_cert_uq').on(t.certificateNo),
]);

/** 劳动人事争议案件 — one row per dispute, from application through mediation and arbitration to closure. */
export const disputeCases = pgTable('dispute_cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  trackingCode: text('tracking_code').notNull(),
  /** the 街镇 responsible */
  orgCode: text('org_code').notNull().references(() => orgUnits.code),
  /** online | walk_in | demo */
  channel: text('channel').notNull(),
  /** where the application was first made: mediation (先行调解) | arbitration (直接申请仲裁) */
  entryPath: text('entry_path').notNull(),
  state: text('state').notNull(),
  /** first date on file (mediation received, or arbitration applied for a direct application) */
  filedOn: date('filed_on').notNull(),

  applicantName: text('applicant_name').notNull(),
  applicantResidentId: text('applicant_resident_id').notNull(),
  applicantMobile: text('applicant_mobile'),
  respondentName: text('respondent_name').notNull(),
  respondentUscc: text('respondent_uscc').notNull(),
  /** 集体争议: ten or more workers */
  collective: boolean('collective').notNull().default(false),
  workerCount: integer('worker_count').notNull().default(1),
  claims: jsonb('claims').$type<{ type: string; amount: number | null; note?: string }[]>().notNull().default(sql`'[]'::jsonb`),
  amountClaimed: numeric('amount_claimed', { precision: 14, scale: 2 }).notNull().default('0'),
  facts: text('facts').notNull().default(''),
  attachments: jsonb('attachments').$type<{ name: string; size: number; contentType: string }[]>().notNull().default(sql`'[]'::jsonb`),
  /** 知道或者应当知道其权利被侵害之日 (Art. 27) */
  disputeAroseOn: date('dispute_arose_on'),

  // mediation (调解)
  mediationOrgId: uuid('mediation_org_id'),
  mediatorId: uuid('mediator_id'),
  mediationReceivedOn: date('mediation_received_on'),
  mediationDeadline: date('mediation_deadline'),
  sessionAt: timestamp('session_at', { withTimezone: true }),
  sessionPlace: text('session_place'),
  mediationClosedOn: date('mediation_closed_on'),
  /** agreement | failed | lapsed (Art. 14: 15 days without agreement) | withdrawn */
  mediationOutcome: text('mediation_outcome'),
  amountAgreed: numeric('amount_agreed', { precision: 14, scale: 2 }),
  mediationLapsedOn: date('mediation_lapsed_on'),

  // 审查确认 of a mediation agreement by the arbitration commission
  reviewConfirmation: boolean('review_confirmation').notNull().default(false),

  // arbitration (仲裁)
  transferredFromMediation: boolean('transferred_from_mediation').notNull().default(false),
  commissionId: uuid('commission_id'),
  arbitratorId: uuid('arbitrator_id'),
  arbAppliedOn: date('arb_applied_on'),
  acceptanceDeadline: date('acceptance_deadline'),
  limitationExpired: boolean('limitation_expired'),
  limitationNote: text('limitation_note'),
  arbAcceptedOn: date('arb_accepted_on'),
  arbCaseNo: text('arb_case_no'),
  notAcceptedOn: date('not_accepted_on'),
  notAcceptedReason: text('not_accepted_reason'),
  hearingAt: timestamp('hearing_at', { withTimezone: true }),
  hearingNoticeOn: date('hearing_notice_on'),
  hearingPlace: text('hearing_place'),
  awardDeadline: date('award_deadline'),
  extensionDays: integer('extension_days'),
  extensionApprovedBy: text('extension_approved_by'),
  extensionReason: text('extension_reason'),
  arbClosedOn: date('arb_closed_on'),
  /** award | mediated | withdrawn | review_confirmed | review_rejected */
  arbOutcome: text('arb_outcome'),
  amountAwarded: numeric('amount_awarded', { precision: 14, scale: 2 }),
  finalAward: boolean('final_award'),
  finalAwardBasis: text('final_award_basis'),
  sued: boolean('sued').notNull().default(false),
  suedOn: date('sued_on'),
  suedBy: text('sued_by'),

  /** the running statutory deadline of the current state (null when none runs) — drives the queues */
  currentDeadline: date('current_deadline'),
  /** the mediator or arbitrator now responsible (dispute_staff.id) */
  handlerStaffId: uuid('handler_staff_id'),

  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
}, (t) => [
  uniqueIndex('dispute_cases_tracking_uq').on(t.trackingCode),
  // Lists are ordered by (filed_on desc, id desc) and filtered by 街镇 and/or state: each index ends in the sort
  // key, so a page is read in order from the index instead of sorting every matching case.
  index('dispute_cases_org_filed_idx').on(t.orgCode, t.filedOn, t.id),
  index('dispute_cases_filed_idx').on(t.filedOn, t.id),
  index('dispute_cases_state_idx').on(t.state, t.filedOn, t.id),
  index('dispute_cases_org_state_idx').on(t.orgCode, t.state, t.filedOn, t.id),
  index('dispute_cases_deadline_idx').on(t.currentDeadline),
  // overdue / due-soon filters by stage: the few running cases of those states whose deadline is near
  index('dispute_cases_state_deadline_idx').on(t.state, t.currentDeadline),
  index('dispute_cases_handler_idx').on(t.handlerStaffId, t.currentDeadline),
  index('dispute_cases_med_org_idx').on(t.mediationOrgId),
  index('dispute_cases_med_recv_idx').on(t.mediationReceivedOn),
  index('dispute_cases_med_closed_idx').on(t.mediationClosedOn),
  index('dispute_cases_arb_accepted_idx').on(t.arbAcceptedOn),
  index('dispute_cases_arb_closed_idx').on(t.arbClosedOn),
  index('dispute_cases_applicant_idx').on(t.applicantResidentId),
  // the indicator engine's freshness check (FactSource.updatedColumn); first created by 0004_measure_rollups
  index('dispute_cases_updated_idx').on(t.updatedAt),
]);

/** 案件时间轴 — every step of a case, with who did it and when. */
export const disputeCaseEvents = pgTable('dispute_case_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  caseId: uuid('case_id').notNull().references(() => disputeCases.id),
  orgCode: text('org_code').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  /** the business date of the step (e.g. the day the award was made) */
  onDate: date('on_date').notNull(),
  action: text('action').notNull(),
  fromState: text('from_state'),
  toState: text('to_state').notNull(),
  actorName: text('actor_name').notNull(),
  note: text('note'),
  data: jsonb('data'),
}, (t) => [index('dispute_case_events_case_idx').on(t.caseId, t.id)]);
