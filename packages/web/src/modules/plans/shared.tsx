import { Tag } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../i18n/index.tsx';
import type { IndicatorRow, Source, Status } from './api.ts';

export const STATUS_COLOR: Record<Status, string> = {
  achieved: 'success', on_track: 'processing', lagging: 'warning', missed: 'error', pending: 'default',
};
export const STATUS_HEX: Record<Status, string> = {
  achieved: '#52c41a', on_track: '#1677ff', lagging: '#faad14', missed: '#ff4d4f', pending: '#bfbfbf',
};

export function StatusTag({ status, label }: { status: Status; label: string }) {
  return <Tag color={STATUS_COLOR[status]} data-testid="status-tag">{label}</Tag>;
}

export function SourceTag({ source, kind }: { source: Source; kind?: 'computed' | 'hand-entered' }) {
  const t = useT();
  if (!source) return <Tag>{kind === 'computed' ? t('plans.src.computed') : t('plans.src.none')}</Tag>;
  const color = source === 'computed' ? 'blue' : source === 'demo' ? 'orange' : 'green';
  return <Tag color={color}>{t(`plans.src.${source}`)}</Tag>;
}

export function AttributeBadge({ attribute }: { attribute: string | null }) {
  if (!attribute) return null;
  return <Tag color={attribute === '约束性' ? 'red' : 'geekblue'} bordered={false}>{attribute}</Tag>;
}

/** A number as the API gives it, trimmed to at most 2 decimals for display, with the unit. */
export function fmtValue(v: number | null | undefined, unit?: string | null): string {
  if (v === null || v === undefined) return '—';
  const r = Math.round(v * 100) / 100;
  return `${r.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`;
}

export function currentText(r: IndicatorRow, t: (k: string) => string): string {
  if (r.target.kind === 'milestone') return r.met === null ? '—' : r.met ? t('plans.met') : t('plans.notMet');
  return fmtValue(r.current, r.unit);
}

/** `?org=&year=` of the cockpit pages. */
export function useUnitYear(): { org?: string; year?: number; set(p: { org?: string; year?: number }): void } {
  const [sp, setSp] = useSearchParams();
  const org = sp.get('org') ?? undefined;
  const y = sp.get('year');
  const year = y ? Number(y) : undefined;
  return {
    org, year,
    set(p) {
      const next = new URLSearchParams(sp);
      for (const [k, v] of Object.entries(p)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      setSp(next, { replace: true });
    },
  };
}

export function qs(org?: string, year?: number): string {
  const sp = new URLSearchParams();
  if (org) sp.set('org', org);
  if (year) sp.set('year', String(year));
  const s = sp.toString();
  return s ? `?${s}` : '';
}
