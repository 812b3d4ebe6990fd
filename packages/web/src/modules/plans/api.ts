import { api } from '../../api/client.ts';

export type TargetKind = 'cumulative' | 'annual' | 'end_level' | 'floor' | 'ceiling' | 'zero' | 'quota' | 'milestone';
export type Status = 'achieved' | 'on_track' | 'lagging' | 'missed' | 'pending';
export type Source = 'computed' | 'hand-entered' | 'demo' | null;

export interface PlanSummary {
  id: string; region: { code: string; name: string }; title: string; period: { start: number; end: number };
  status: 'open' | 'closed'; issuer: string | null; documentNo: string | null; source: { seed: string; section: string }; indicatorCount: number;
}
export interface Judgement {
  status: Status; label: string; labelEn: string; achieved: number | null; expectedByNow: number | null; target: number | null;
  gap: number | null; elapsedShare: number | null; basis: string;
}
export interface IndicatorRow {
  id: string; no: number; category: string | null; name: string; attribute: string | null; unit: string | null;
  baseline: { year: number; value: number | null; text: string } | null;
  target: { kind: TargetKind; value: number | null; text: string }; formula: string | null;
  source: Source; kind: 'computed' | 'hand-entered'; current: number | null; currentYear: number | null; met: boolean | null;
  yearValue: number | null; asOf: string | null; evidence: string | null; progress: number | null; judgement: Judgement;
}
export interface UnitRef { code: string; name: string; level: string }
export interface PlanDetail {
  plan: PlanSummary; unit: UnitRef; children: UnitRef[]; year: number; asOf: string; computedAt: string; canEnter: boolean; indicators: IndicatorRow[];
}
export interface MeasureValue { name: string; kind: 'sql' | 'manual'; label: string; unit: string | null; seedWords: string | null; value: number | null; aggregate?: string; source?: string }
export interface Entry { id: string; orgCode: string; orgName: string | null; year: number; value: number | null; met: boolean | null; evidence: string; authorName: string; enteredAt: string; version: number; demo: boolean }
export interface IndicatorDetail {
  plan: PlanSummary; unit: UnitRef; year: number; asOf: string; computedAt: string;
  indicator: IndicatorRow & { definition: string | null; method: string | null; formulaText: string; measures: MeasureValue[] };
  byUnit: Array<{ code: string; name: string; value: number | null; met: boolean | null; source: Source; status: Status; label: string }>;
  series: Array<{ year: number; value: number | null; met: boolean | null; source: Source; target: number | null; expected: number | null; cumulative: number | null }>;
  entries: Entry[]; canEnter: boolean;
}
export interface ValueInput { orgCode: string; year: number; value?: number | null; met?: boolean | null; evidence: string; version?: number | null }

export const plansApi = {
  list: (signal?: AbortSignal) => api.get<{ items: PlanSummary[] }>('/plans', undefined, { signal }),
  detail: (id: string, q: { org?: string; year?: number }, signal?: AbortSignal) => api.get<PlanDetail>(`/plans/${id}`, q, { signal }),
  indicator: (id: string, ind: string, q: { org?: string; year?: number }, signal?: AbortSignal) =>
    api.get<IndicatorDetail>(`/plans/${id}/indicators/${ind}`, q, { signal }),
  enter: (id: string, ind: string, body: ValueInput) => api.post<Entry>(`/plans/${id}/indicators/${ind}/values`, body),
  exportUrl: (id: string, q: { org?: string; year?: number }) => {
    const sp = new URLSearchParams();
    if (q.org) sp.set('org', q.org);
    if (q.year) sp.set('year', String(q.year));
    const s = sp.toString();
    return `/api/v1/plans/${id}/export.xlsx${s ? `?${s}` : ''}`;
  },
};
