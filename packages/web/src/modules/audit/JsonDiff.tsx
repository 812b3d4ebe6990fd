// Side-by-side before/after view of an audit entry: one line per field, aligned across the two panes, changed
// fields highlighted (red before, green after), fields missing on one side hatched.
import { useMemo, useState } from 'react';
import { Checkbox, Empty } from 'antd';
import { useT } from '../../i18n/index.tsx';

type Status = 'same' | 'changed' | 'added' | 'removed';
interface Line { key: string; before?: string; after?: string; status: Status }

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? 'undefined';
}

export function diffLines(before: unknown, after: unknown): Line[] {
  const b = isPlainObject(before) ? before : null;
  const a = isPlainObject(after) ? after : null;
  if (!b && !a) {
    if (before === null && after === null) return [];
    const bs = before === null || before === undefined ? undefined : show(before);
    const as = after === null || after === undefined ? undefined : show(after);
    return [{ key: '', before: bs, after: as, status: bs === as ? 'same' : bs === undefined ? 'added' : as === undefined ? 'removed' : 'changed' }];
  }
  const keys = [...Object.keys(b ?? {}), ...Object.keys(a ?? {}).filter((k) => !b || !(k in b))];
  return keys.map((k) => {
    const inB = !!b && k in b;
    const inA = !!a && k in a;
    const bs = inB ? show(b![k]) : undefined;
    const as = inA ? show(a![k]) : undefined;
    const status: Status = !inB ? 'added' : !inA ? 'removed' : bs === as ? 'same' : 'changed';
    return { key: k, before: bs, after: as, status };
  });
}

function Pane({ title, lines, side, emptyText }: { title: string; lines: Line[]; side: 'before' | 'after'; emptyText: string }) {
  const hasAny = lines.some((l) => l[side] !== undefined);
  return (
    <div className="json-diff-pane">
      <h5>{title}</h5>
      <pre>
        {!hasAny && <div className="json-diff-line absent">{emptyText}</div>}
        {hasAny && lines.map((l, i) => {
          const v = l[side];
          const cls = v === undefined ? 'absent' : l.status === 'same' ? '' : side === 'before' ? 'removed' : 'added';
          const prefix = v === undefined ? '' : l.status === 'same' ? '  ' : side === 'before' ? '- ' : '+ ';
          return <div key={i} className={`json-diff-line ${cls}`}>{v === undefined ? ' ' : `${prefix}${l.key ? `"${l.key}": ` : ''}${v}`}</div>;
        })}
      </pre>
    </div>
  );
}

export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const all = useMemo(() => diffLines(before, after), [before, after]);
  const anyChanged = all.some((l) => l.status !== 'same');
  const [onlyChanged, setOnlyChanged] = useState(false);
  const lines = onlyChanged ? all.filter((l) => l.status !== 'same') : all;
  if (!all.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noValue')} />;
  return (
    <div data-testid="audit-diff">
      <div style={{ marginBottom: 8 }}>
        <Checkbox checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} disabled={!anyChanged}>{t('audit.onlyChanged')}</Checkbox>
        {!anyChanged && <span style={{ color: 'rgba(0,0,0,.45)', marginInlineStart: 8 }}>{t('audit.noChanges')}</span>}
      </div>
      <div className="json-diff">
        <Pane title={t('audit.before')} lines={lines} side="before" emptyText={t('audit.noValue')} />
        <Pane title={t('audit.after')} lines={lines} side="after" emptyText={t('audit.noValue')} />
      </div>
    </div>
  );
}
