// Display formats: dates and times in China Standard Time (Asia/Shanghai) whatever the browser's zone, numbers in
// zh-CN grouping. All helpers accept null/undefined and show an em dash for them.
export const TIME_ZONE = 'Asia/Shanghai';
const EMPTY = '—';

type DateInput = string | number | Date | null | undefined;

function toDate(v: DateInput): Date | null {
  if (v === null || v === undefined || v === '') return null;
  // A bare calendar date (YYYY-MM-DD) is a date in China, not UTC midnight.
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00+08:00`);
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function parts(d: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of partsFormatter.formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** `2026-03-08 14:05:09` (Asia/Shanghai). */
export function formatDateTime(v: DateInput): string {
  const d = toDate(v);
  if (!d) return EMPTY;
  const p = parts(d);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** `2026-03-08` (Asia/Shanghai). */
export function formatDate(v: DateInput): string {
  const d = toDate(v);
  if (!d) return EMPTY;
  const p = parts(d);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Today in China as YYYY-MM-DD (for date filters sent to the API). */
export function todayInChina(): string {
  return formatDate(new Date());
}

const numberFormat = new Intl.NumberFormat('zh-CN');
const percentFormat = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

/** `12,345.6` — zh-CN grouping. */
export function formatNumber(v: number | null | undefined, fractionDigits?: number): string {
  if (v === null || v === undefined || Number.isNaN(v)) return EMPTY;
  if (fractionDigits === undefined) return numberFormat.format(v);
  return new Intl.NumberFormat('zh-CN', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(v);
}

/** `12.5%` from a ratio 0.125. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return EMPTY;
  return percentFormat.format(ratio);
}

/** Division codes are 2/4/6/9/12 digits; the statistical form pads them to 12 (`310112101` → `310112101000`). */
export function divisionCode12(code: string | null | undefined): string {
  if (!code) return EMPTY;
  return code.padEnd(12, '0');
}

export { EMPTY as EMPTY_TEXT };
