import { Tag } from 'antd';
import type { Bi } from './api.ts';

const STATE_COLOR: Record<string, string> = {
  med_received: 'blue', med_assigned: 'blue', med_scheduled: 'geekblue', med_agreed: 'green', med_failed: 'orange', med_withdrawn: 'default',
  review_pending: 'purple', review_confirmed: 'green', review_rejected: 'orange', arb_applied: 'cyan', arb_not_accepted: 'default',
  arb_accepted: 'cyan', arb_hearing: 'geekblue', arb_awarded: 'green', arb_mediated: 'green', arb_withdrawn: 'default', arb_sued: 'volcano',
};

export function StateTag({ state, label, pick }: { state: string; label: Bi | null | undefined; pick: (b: Bi | null | undefined) => string }) {
  return <Tag color={STATE_COLOR[state] ?? 'default'} data-state={state}>{pick(label) || state}</Tag>;
}

export function DeadlineTag({ deadline, status, t }: { deadline: string | null; status: string | null; t: (k: string) => string }) {
  if (!deadline) return <span>—</span>;
  const color = status === 'overdue' ? 'red' : status === 'due' ? 'gold' : 'default';
  return <Tag color={color} className="deadline-tag" data-status={status ?? ''}>{deadline}{status && status !== 'ok' ? ` · ${t(`disputes.deadline.${status}`)}` : ''}</Tag>;
}

export const yuan = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
