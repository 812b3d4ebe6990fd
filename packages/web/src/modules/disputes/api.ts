// 劳动人事争议调解仲裁 API (/api/v1/disputes…). Reads are scoped by the server; the application and the tracking
// lookup are public (no account).
import { api, type Query } from '../../api/client.ts';

export type Bi = { 'zh-CN': string; en: string };
export interface CaseListItem {
  id: string; trackingCode: string; orgCode: string; orgName: string | null; state: string; stateLabel: Bi; stage: string;
  entryPath: string; filedOn: string; applicantName: string; respondentName: string; collective: boolean; workerCount: number;
  amountClaimed: number | null; amountRecovered: number | null; currentDeadline: string | null; deadlineStatus: 'overdue' | 'due' | 'ok' | null;
  organisationName: string | null; handlerName: string | null; arbCaseNo: string | null; version: number;
}
export interface CaseList { items: CaseListItem[]; hasMore: boolean }
export interface CaseSummary { total: number; amountClaimed: number; amountRecovered: number }
export interface TimelineEvent { id: number; at: string; onDate: string; action: string; actionLabel: Bi | null; toState: string; toStateLabel: Bi | null; note: string | null; actorName?: string }
export interface CaseDetail {
  id: string; trackingCode: string; orgCode: string; orgName: string | null; channel: string; entryPath: string; path: string;
  state: string; stateLabel: Bi; stage: string; filedOn: string;
  applicant: { name: string; residentId: string; residentIdMasked: string; mobile: string | null };
  respondent: { name: string; uscc: string }; collective: boolean; workerCount: number;
  claims: { type: string; amount: number | null; label: Bi | null }[];
  amountClaimed: number | null; amountAgreed: number | null; amountAwarded: number | null; amountRecovered: number | null;
  facts: string; attachments: { name: string; size: number; contentType: string }[]; disputeAroseOn: string | null;
  mediation: Record<string, string | null> & { organisationName: string | null; mediatorName: string | null };
  reviewConfirmation: boolean;
  arbitration: Record<string, string | number | boolean | null>;
  currentDeadline: string | null; deadlineStatus: string | null; handlerName: string | null;
  actions: { action: string; label: Bi }[]; version: number; timeline: TimelineEvent[];
  limitation?: { expired: boolean; deadline: string | null; explanation: Bi };
}
export interface Organisation {
  id: string; kind: string; level: string; name: string; orgCode: string; address?: string | null; phone?: string | null; active?: boolean; version: number;
}
export interface Staff {
  id: string; organisationId: string; role: string; name: string; certificateNo: string; status: string; orgCode: string; accountId?: string | null; version: number;
}
export interface OrganisationInput { kind: string; level: string; name: string; orgCode: string; phone?: string | null; address?: string | null }
export interface StaffInput { organisationId: string; role: string; name: string; certificateNo: string; status?: string; accountId?: string | null }
export interface NetworkSetup { district: string; districtName: string; created: Organisation[]; commission: Organisation; districtCentre: Organisation; townCentres: number }
export interface ApplicationInput {
  orgCode: string; entryPath: 'mediation' | 'arbitration'; applicantName: string; applicantResidentId: string; applicantMobile?: string | null;
  respondentName: string; respondentUscc: string; workerCount?: number; claims: { type: string; amount?: number | null }[];
  facts: string; disputeAroseOn?: string | null; attachments?: { name: string; size: number; contentType: string }[]; receivedOn?: string;
}
export interface PublicCase {
  trackingCode: string; orgName: string | null; state: string; stateLabel: Bi; filedOn: string; applicantName: string; respondentName: string;
  mediationDeadline: string | null; sessionAt: string | null; sessionPlace: string | null; mediationOutcome: string | null;
  mayApplyForArbitration: boolean; arbCaseNo: string | null; hearingAt: string | null; hearingPlace: string | null;
  awardDeadline: string | null; arbOutcome: string | null; finalAward: boolean | null;
  timeline: { onDate: string; action: string; toState: string; toStateLabel: Bi | null }[];
}

export const ACTION_PATHS: Record<string, string> = {
  assign: 'assign', schedule: 'schedule', agree: 'agree', fail: 'fail', lapse: 'lapse', withdrawMediation: 'withdraw-mediation',
  requestReview: 'request-review', confirmReview: 'confirm-review', rejectReview: 'reject-review', applyArbitration: 'apply-arbitration',
  accept: 'accept', notAccept: 'not-accept', scheduleHearing: 'schedule-hearing', extend: 'extend', award: 'award',
  arbMediate: 'arb-mediate', arbWithdraw: 'arb-withdraw', recordSuit: 'suit',
};

export const disputeApi = {
  list: (q: Query, signal?: AbortSignal) => api.get<CaseList>('/disputes/cases', q, { signal }),
  summary: (q: Query, signal?: AbortSignal) => api.get<CaseSummary>('/disputes/cases/summary', q, { signal }),
  get: (id: string, signal?: AbortSignal) => api.get<CaseDetail>(`/disputes/cases/${id}`, undefined, { signal }),
  queues: (signal?: AbortSignal) => api.get<{ overdue: CaseListItem[]; due: CaseListItem[]; intakeOverdue: CaseListItem[]; intakeDue: CaseListItem[] }>('/disputes/queues', undefined, { signal }),
  organisations: (q: Query = {}) => api.get<{ items: Organisation[] }>('/disputes/organisations', q),
  staff: (q: Query = {}) => api.get<{ items: Staff[] }>('/disputes/staff', q),
  createOrganisation: (body: OrganisationInput) => api.post<Organisation>('/disputes/organisations', body),
  updateOrganisation: (id: string, body: Partial<Omit<OrganisationInput, 'kind' | 'level' | 'orgCode'>> & { active?: boolean; version: number }) => api.patch<Organisation>(`/disputes/organisations/${id}`, body),
  createStaff: (body: StaffInput) => api.post<Staff>('/disputes/staff', body),
  updateStaff: (id: string, body: Partial<Omit<StaffInput, 'role'>> & { version: number }) => api.patch<Staff>(`/disputes/staff/${id}`, body),
  setupNetwork: (district: string) => api.post<NetworkSetup>('/disputes/network/setup', { district }),
  act: (id: string, action: string, body: Record<string, unknown>) => api.post<CaseDetail>(`/disputes/cases/${id}/${ACTION_PATHS[action]}`, body),
  registerWalkIn: (body: ApplicationInput) => api.post<CaseDetail>('/disputes/cases', body),
  apply: (body: ApplicationInput) => api.post<{ trackingCode: string; state: string; stateLabel: Bi; limitation: CaseDetail['limitation'] | null }>('/disputes/applications', body, { skipAuthRedirect: true }),
  track: (trackingCode: string, residentId: string) => api.post<PublicCase>('/disputes/track', { trackingCode, residentId }, { skipAuthRedirect: true }),
  townships: () => api.get<{ items: { code: string; name: string; district: string }[] }>('/disputes/portal/townships', undefined, { skipAuthRedirect: true }),
  documentUrl: (id: string, kind: string) => `/api/v1/disputes/cases/${id}/documents/${kind}`,
};

export const CLAIM_TYPES = ['wages', 'overtime', 'severance', 'damages', 'social_insurance', 'work_injury', 'labour_relation', 'other'] as const;
