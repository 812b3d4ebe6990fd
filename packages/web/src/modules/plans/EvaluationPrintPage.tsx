// 年度评估 — a print-friendly view of one plan for one unit and year (window.print()).
import { Button, Space, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useParams } from 'react-router-dom';
import { ErrorResult } from '../../components/Results.tsx';
import { useRequest } from '../../api/useRequest.ts';
import { formatDateTime } from '../../format/index.ts';
import { useT } from '../../i18n/index.tsx';
import { plansApi } from './api.ts';
import { currentText, fmtValue, STATUS_HEX, useUnitYear } from './shared.tsx';

const PRINT_CSS = `
@media print {
  .ant-layout-sider, .ant-layout-header, .page-breadcrumb, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content, body { background: #fff !important; margin: 0 !important; padding: 0 !important; }
  .evaluation { font-size: 11pt; }
  .evaluation table { page-break-inside: auto; } .evaluation tr { page-break-inside: avoid; }
}
.evaluation { background: #fff; padding: 24px; max-width: 1100px; margin: 0 auto; color: #000; }
.evaluation h1 { text-align: center; font-size: 20px; margin-bottom: 4px; }
.evaluation .meta { text-align: center; color: #555; margin-bottom: 16px; }
.evaluation table { width: 100%; border-collapse: collapse; }
.evaluation th, .evaluation td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; font-size: 12px; }
.evaluation th { background: #f0f0f0; }
`;

export default function EvaluationPrintPage() {
  const t = useT();
  const { planId = '' } = useParams();
  const uy = useUnitYear();
  const { data: d, error, loading, reload } = useRequest((signal) => plansApi.detail(planId, { org: uy.org, year: uy.year }, signal), [planId, uy.org, uy.year]);
  if (error) return <ErrorResult error={error} onRetry={reload} />;
  if (loading || !d) return <Spin />;
  const counts: Record<string, number> = { achieved: 0, on_track: 0, lagging: 0, missed: 0, pending: 0 };
  for (const r of d.indicators) counts[r.judgement.status]!++;
  return (
    <div>
      <style>{PRINT_CSS}</style>
      <Space className="no-print" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>{t('plans.printNow')}</Button>
      </Space>
      <div className="evaluation" data-testid="evaluation">
        <h1>{t('plans.evaluationTitle', { title: d.plan.title, year: d.year })}</h1>
        <div className="meta">
          {d.unit.name}（{d.unit.code}）· {t('plans.period')} {d.plan.period.start}–{d.plan.period.end} · {t('plans.asOf')} {formatDateTime(d.asOf).slice(0, 10)}
          {d.plan.documentNo ? ` · ${d.plan.documentNo}` : ''}
        </div>
        <p>{t('plans.summary', counts)}</p>
        <table>
          <thead>
            <tr>
              <th>#</th><th>{t('plans.category')}</th><th>{t('plans.name')}</th><th>{t('plans.attribute')}</th><th>{t('plans.target')}</th>
              <th>{t('plans.yearValue', { year: d.year })}</th><th>{t('plans.current')}</th><th>{t('plans.judgement')}</th><th>{t('plans.basis')}</th><th>{t('plans.dataSource')}</th>
            </tr>
          </thead>
          <tbody>
            {d.indicators.map((r) => (
              <tr key={r.id}>
                <td>{r.no}</td><td>{r.category ?? ''}</td><td>{r.name}</td><td>{r.attribute ?? ''}</td><td>{r.target.text}</td>
                <td style={{ textAlign: 'right' }}>{fmtValue(r.yearValue, r.unit)}</td>
                <td style={{ textAlign: 'right' }}>{currentText(r, t)}</td>
                <td style={{ color: STATUS_HEX[r.judgement.status], fontWeight: 600 }}>{t(`plans.st.${r.judgement.status}`)}</td>
                <td>{r.judgement.basis}</td>
                <td>{r.source ? t(`plans.src.${r.source}`) : t('plans.src.none')}{r.evidence ? `：${r.evidence}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p style={{ marginTop: 16, color: '#555' }}>{d.plan.source.seed} · {d.plan.source.section} · 人社通 Renshe {formatDateTime(d.computedAt)}</p>
      </div>
    </div>
  );
}
