import { useMemo } from 'react';
import { Alert, Button, Card, Progress, Select, Space, Table, Tooltip, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult, RecordNotFoundResult } from '../../components/Results.tsx';
import { isApiError } from '../../api/client.ts';
import { useRequest } from '../../api/useRequest.ts';
import { formatDateTime } from '../../format/index.ts';
import { useT } from '../../i18n/index.tsx';
import { plansApi, type IndicatorRow } from './api.ts';
import { AttributeBadge, currentText, fmtValue, qs, SourceTag, STATUS_HEX, StatusTag, useUnitYear } from './shared.tsx';

export default function PlanPage() {
  const t = useT();
  const navigate = useNavigate();
  const { planId = '' } = useParams();
  const uy = useUnitYear();
  const { data, error, loading, reload } = useRequest((signal) => plansApi.detail(planId, { org: uy.org, year: uy.year }, signal), [planId, uy.org, uy.year]);
  const years = useMemo(() => {
    if (!data) return [];
    const out: number[] = [];
    for (let y = data.plan.period.start; y <= data.plan.period.end; y++) out.push(y);
    return out;
  }, [data]);
  if (error) {
    if (isApiError(error) && error.status === 404) return <RecordNotFoundResult title={t('common.notFoundTitle')} backTo="/plans" backLabel={t('plans.listTitle')} />;
    return <ErrorResult error={error} onRetry={reload} />;
  }
  const counts: Record<string, number> = { achieved: 0, on_track: 0, lagging: 0, missed: 0, pending: 0 };
  for (const r of data?.indicators ?? []) counts[r.judgement.status]!++;
  const q = qs(uy.org ?? data?.unit.code, uy.year);
  return (
    <PageContainer
      title={data?.plan.title ?? t('plans.listTitle')}
      subTitle={data ? `${data.plan.region.name} ${data.plan.period.start}–${data.plan.period.end}` : undefined}
      breadcrumb={[{ title: t('plans.listTitle'), path: '/plans' }, { title: data?.plan.title ?? planId }]}
      extra={data && (
        <>
          <Select
            style={{ minWidth: 180 }} value={data.unit.code} aria-label={t('plans.unit')} data-testid="unit-select"
            onChange={(v) => uy.set({ org: v })}
            options={[{ value: data.unit.code, label: data.unit.name }, ...data.children.map((c) => ({ value: c.code, label: `└ ${c.name}` }))]}
          />
          {data.unit.code !== data.plan.region.code && data.unit.code.startsWith(data.plan.region.code) && data.unit.code.length > data.plan.region.code.length && (
            <Button onClick={() => uy.set({ org: undefined })}>{data.plan.region.name}</Button>
          )}
          <Select
            style={{ width: 110 }} value={data.year} aria-label={t('plans.year')} data-testid="year-select"
            onChange={(v) => uy.set({ year: v })} options={years.map((y) => ({ value: y, label: `${y}` }))}
          />
          <Button icon={<DownloadOutlined />} href={plansApi.exportUrl(planId, { org: uy.org, year: uy.year })}>{t('plans.export')}</Button>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/plans/${planId}/evaluation${qs(data.unit.code, data.year)}`)}>{t('plans.print')}</Button>
        </>
      )}
    >
      {data && (
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          <Alert type="info" showIcon message={`${data.unit.name} · ${t('plans.year')} ${data.year} · ${t('plans.asOf')} ${formatDateTime(data.asOf).slice(0, 10)} · ${t('plans.summary', counts)}`} />
          <Card styles={{ body: { padding: 0 } }}>
            <Table<IndicatorRow>
              rowKey="id" loading={loading} dataSource={data.indicators} pagination={false} size="middle" data-testid="indicator-table"
              scroll={{ x: 1200 }}
              columns={[
                { title: '#', dataIndex: 'no', width: 48 },
                { title: t('plans.category'), dataIndex: 'category', width: 110, render: (v: string | null) => v ?? '—' },
                {
                  title: t('plans.name'), dataIndex: 'name', width: 260,
                  render: (v: string, r) => <Space size={4} wrap><Link to={`/plans/${planId}/indicators/${r.id}${q}`} data-testid={`indicator-link-${r.id}`}>{v}</Link><AttributeBadge attribute={r.attribute} /></Space>,
                },
                { title: t('plans.target'), width: 200, render: (_, r) => <span>{r.target.text}{r.unit && r.unit !== '%' && !r.target.text.includes(r.unit) ? <Typography.Text type="secondary"> （{r.unit}）</Typography.Text> : null}</span> },
                { title: t('plans.current'), width: 120, align: 'right', render: (_, r) => <span data-testid={`current-${r.id}`}>{currentText(r, t)}</span> },
                {
                  title: t('plans.progress'), width: 150,
                  render: (_, r) => r.progress === null ? '—' : <Tooltip title={r.judgement.basis}><Progress percent={r.progress} size="small" strokeColor={STATUS_HEX[r.judgement.status]} /></Tooltip>,
                },
                { title: t('plans.judgement'), width: 100, render: (_, r) => <Tooltip title={r.judgement.basis}><span><StatusTag status={r.judgement.status} label={t(`plans.st.${r.judgement.status}`)} /></span></Tooltip> },
                { title: t('plans.dataSource'), width: 100, render: (_, r) => <SourceTag source={r.source} kind={r.kind} /> },
                { title: t('plans.asOf'), width: 110, render: (_, r) => r.asOf ? formatDateTime(r.asOf).slice(0, 10) : (r.evidence ? <Tooltip title={r.evidence}>{r.currentYear ?? '—'}</Tooltip> : '—') },
              ]}
              expandable={{
                expandedRowRender: (r) => (
                  <div style={{ fontSize: 13 }}>
                    <div>{t('plans.basis')}：{r.judgement.basis}</div>
                    {r.evidence && <div>{t('plans.entry.evidence')}：{r.evidence}</div>}
                    {r.baseline && <div>基数（{r.baseline.year}）：{r.baseline.text}</div>}
                    {r.yearValue !== null && <div>{t('plans.yearValue', { year: data.year })}：{fmtValue(r.yearValue, r.unit)}</div>}
                  </div>
                ),
              }}
            />
          </Card>
        </Space>
      )}
    </PageContainer>
  );
}
