import { useMemo } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, InputNumber, Radio, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult, RecordNotFoundResult } from '../../components/Results.tsx';
import { useApiErrorHandler } from '../../components/useApiErrorHandler.ts';
import { isApiError } from '../../api/client.ts';
import { useRequest } from '../../api/useRequest.ts';
import { formatDateTime } from '../../format/index.ts';
import { useT } from '../../i18n/index.tsx';
import { plansApi, type Entry, type IndicatorDetail, type MeasureValue } from './api.ts';
import PlanChart, { type EChartOption as PlanChartOption } from '../../components/EChart.tsx';
import { AttributeBadge, currentText, fmtValue, qs, SourceTag, STATUS_HEX, StatusTag, useUnitYear } from './shared.tsx';

function EntryForm({ d, onSaved }: { d: IndicatorDetail; onSaved: () => void }) {
  const t = useT();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const milestone = d.indicator.target.kind === 'milestone';
  const units = [d.unit, ...d.byUnit.map((u) => ({ code: u.code, name: u.name }))];
  const years: number[] = [];
  const cy = new Date().getFullYear();
  for (let y = d.plan.period.start; y <= Math.min(d.plan.period.end, cy); y++) years.push(y);
  const submit = async (v: { orgCode: string; year: number; value?: number; met?: boolean; evidence: string }) => {
    const existing = d.entries.find((e) => e.orgCode === v.orgCode && e.year === v.year);
    try {
      await plansApi.enter(d.plan.id, d.indicator.id, {
        orgCode: v.orgCode, year: v.year, evidence: v.evidence,
        ...(milestone ? { met: v.met } : { value: v.value }),
        version: existing?.version ?? null,
      });
      message.success(t('plans.entry.saved'));
      form.resetFields(['value', 'met', 'evidence']);
      onSaved();
    } catch (e) {
      onError(e, { form, onReload: onSaved });
    }
  };
  return (
    <Card title={t('plans.entry')} size="small" data-testid="entry-form">
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ orgCode: d.unit.code, year: d.year }}>
        <Row gutter={12}>
          <Col span={8}><Form.Item name="orgCode" label={t('plans.entry.org')} rules={[{ required: true }]}>
            <Select options={units.map((u) => ({ value: u.code, label: u.name }))} />
          </Form.Item></Col>
          <Col span={6}><Form.Item name="year" label={t('plans.entry.year')} rules={[{ required: true }]}>
            <Select options={years.map((y) => ({ value: y, label: y }))} />
          </Form.Item></Col>
          <Col span={10}>
            {milestone ? (
              <Form.Item name="met" label={t('plans.entry.met')} rules={[{ required: true, message: t('plans.required', { field: t('plans.entry.met') }) }]}>
                <Radio.Group options={[{ value: true, label: t('plans.met') }, { value: false, label: t('plans.notMet') }]} />
              </Form.Item>
            ) : (
              <Form.Item name="value" label={`${t('plans.entry.value')}${d.indicator.unit ? `（${d.indicator.unit}）` : ''}`}
                rules={[{ required: true, message: t('plans.required', { field: t('plans.entry.value') }) },
                  { type: 'number', min: 0, max: d.indicator.unit === '%' ? 100 : undefined }]}>
                <InputNumber style={{ width: '100%' }} data-testid="entry-value" />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item name="evidence" label={t('plans.entry.evidence')} rules={[{ required: true, whitespace: true, message: t('plans.required', { field: t('plans.entry.evidence') }) }, { max: 500 }]}>
          <Input.TextArea rows={2} placeholder={t('plans.entry.evidencePh')} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit">{t('plans.entry.submit')}</Button>
      </Form>
    </Card>
  );
}

export default function IndicatorPage() {
  const t = useT();
  const { planId = '', indicatorId = '' } = useParams();
  const uy = useUnitYear();
  const { data: d, error, loading, reload } = useRequest((signal) => plansApi.indicator(planId, indicatorId, { org: uy.org, year: uy.year }, signal), [planId, indicatorId, uy.org, uy.year]);

  const barOption = useMemo<PlanChartOption | null>(() => {
    if (!d || d.byUnit.length === 0) return null;
    const target = d.indicator.target.value;
    const rows = d.byUnit.filter((u) => u.value !== null);
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 24, bottom: 90 },
      xAxis: { type: 'category', data: rows.map((u) => u.name), axisLabel: { rotate: 45, interval: 0 } },
      yAxis: { type: 'value', name: d.indicator.unit ?? '' },
      series: [{
        type: 'bar', name: d.indicator.name,
        data: rows.map((u) => ({ value: Math.round((u.value ?? 0) * 100) / 100, itemStyle: { color: STATUS_HEX[u.status] } })),
        ...(target !== null && ['floor', 'ceiling', 'end_level'].includes(d.indicator.target.kind)
          ? { markLine: { symbol: 'none', data: [{ yAxis: target, name: t('plans.targetLine') }], lineStyle: { type: 'dashed', color: '#ff4d4f' } } } : {}),
      }],
    };
  }, [d, t]);

  const lineOption = useMemo<PlanChartOption | null>(() => {
    if (!d) return null;
    const cum = d.indicator.target.kind === 'cumulative';
    const years = d.series.map((s) => String(s.year));
    const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
    const series: PlanChartOption['series'] = [
      { type: cum ? 'bar' : 'line', name: d.indicator.name, data: d.series.map((s) => round(s.value)), connectNulls: false },
    ];
    if (cum) series.push({ type: 'line', name: t('plans.cumulative'), data: d.series.map((s) => round(s.cumulative)) });
    if (d.indicator.target.value !== null) {
      series.push({ type: 'line', name: cum ? t('plans.expectedLine') : t('plans.targetLine'), data: d.series.map((s) => round(s.expected)), lineStyle: { type: 'dashed' }, symbol: 'none' });
    }
    return {
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value', name: d.indicator.unit ?? '' }, series,
    };
  }, [d, t]);

  if (error) {
    if (isApiError(error) && error.status === 404) return <RecordNotFoundResult title={t('common.notFoundTitle')} backTo={`/plans/${planId}`} backLabel={t('plans.listTitle')} />;
    return <ErrorResult error={error} onRetry={reload} />;
  }
  const ind = d?.indicator;
  return (
    <PageContainer
      title={ind?.name ?? indicatorId}
      subTitle={d ? `${d.unit.name} · ${d.year}` : undefined}
      breadcrumb={[{ title: t('plans.listTitle'), path: '/plans' }, { title: d?.plan.title ?? planId, path: `/plans/${planId}${qs(uy.org, uy.year)}` }, { title: ind?.name ?? indicatorId }]}
      extra={d && (
        <>
          <Select style={{ minWidth: 160 }} value={d.unit.code} aria-label={t('plans.unit')} onChange={(v) => uy.set({ org: v })}
            options={[{ value: d.unit.code, label: d.unit.name }, ...d.byUnit.map((c) => ({ value: c.code, label: `└ ${c.name}` }))]} />
          <Select style={{ width: 110 }} value={d.year} aria-label={t('plans.year')} onChange={(v) => uy.set({ year: v })}
            options={d.series.map((s) => ({ value: s.year, label: `${s.year}` }))} />
        </>
      )}
    >
      {d && ind && (
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          <Card loading={loading}>
            <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="indicator-summary">
              <Descriptions.Item label={t('plans.category')}>{ind.category ?? '—'} <AttributeBadge attribute={ind.attribute} /></Descriptions.Item>
              <Descriptions.Item label={t('plans.target')}>{ind.target.text} <Tag>{t(`plans.kind.${ind.target.kind}`)}</Tag></Descriptions.Item>
              <Descriptions.Item label={t('plans.current')}><span data-testid="indicator-current">{currentText(ind, t)}</span></Descriptions.Item>
              <Descriptions.Item label={t('plans.yearValue', { year: d.year })}><span data-testid="indicator-year-value">{fmtValue(ind.yearValue, ind.unit)}</span></Descriptions.Item>
              <Descriptions.Item label={t('plans.judgement')}><StatusTag status={ind.judgement.status} label={t(`plans.st.${ind.judgement.status}`)} /></Descriptions.Item>
              <Descriptions.Item label={t('plans.dataSource')}><SourceTag source={ind.source} kind={ind.kind} /> {ind.asOf ? formatDateTime(ind.asOf) : ''}</Descriptions.Item>
              <Descriptions.Item label={t('plans.basis')} span={3}>{ind.judgement.basis}</Descriptions.Item>
              <Descriptions.Item label={t('plans.formula')} span={3}><Typography.Text code data-testid="indicator-formula">{ind.formulaText}</Typography.Text></Descriptions.Item>
              {ind.definition && <Descriptions.Item label={t('plans.definition')} span={3}>{ind.definition}</Descriptions.Item>}
              {ind.method && <Descriptions.Item label={t('plans.method')} span={3}>{ind.method}</Descriptions.Item>}
            </Descriptions>
            {ind.kind === 'hand-entered' && <Alert style={{ marginTop: 8 }} type="warning" showIcon message={t('plans.handEnteredNote')} />}
          </Card>
          <Card title={`${t('plans.measures')}（${d.unit.name} ${d.year}）`} size="small">
            <Table<MeasureValue> rowKey="name" size="small" pagination={false} dataSource={ind.measures} data-testid="measure-table"
              columns={[
                { title: t('plans.measure'), dataIndex: 'label', render: (v: string, m) => <Space direction="vertical" size={0}><span>{v}</span><Typography.Text type="secondary" code>{m.name}</Typography.Text></Space> },
                { title: t('plans.value'), dataIndex: 'value', align: 'right', width: 160, render: (v: number | null, m) => <span data-testid={`measure-${m.name}`}>{fmtValue(v, m.unit)}</span> },
                { title: t('plans.source'), width: 240, render: (_, m) => m.seedWords ?? (m.kind === 'manual' ? t('plans.src.hand-entered') : m.source) },
              ]} />
          </Card>
          {d.byUnit.length > 0 && (
            <Card title={t('plans.byUnit', { year: d.year })} size="small">
              <Row gutter={16}>
                <Col xs={24} xl={14}>{barOption && <PlanChart option={barOption} height={340} testId="chart-by-unit" />}</Col>
                <Col xs={24} xl={10}>
                  <Table rowKey="code" size="small" pagination={false} dataSource={d.byUnit} scroll={{ y: 320 }} data-testid="by-unit-table"
                    columns={[
                      { title: t('plans.unit'), dataIndex: 'name' },
                      { title: t('plans.value'), align: 'right', render: (_, u) => (ind.target.kind === 'milestone' ? (u.met === null ? '—' : u.met ? t('plans.met') : t('plans.notMet')) : fmtValue(u.value, ind.unit)) },
                      { title: t('plans.judgement'), width: 90, render: (_, u) => <StatusTag status={u.status} label={t(`plans.st.${u.status}`)} /> },
                      { title: t('plans.source'), width: 90, render: (_, u) => (u.source ? <SourceTag source={u.source} /> : '—') },
                    ]} />
                </Col>
              </Row>
            </Card>
          )}
          <Card title={t('plans.series')} size="small">
            {lineOption && <PlanChart option={lineOption} height={300} testId="chart-series" />}
            <Table rowKey="year" size="small" pagination={false} dataSource={d.series} data-testid="series-table"
              columns={[
                { title: t('plans.year'), dataIndex: 'year', width: 80 },
                { title: t('plans.value'), align: 'right', render: (_, s) => <span data-testid={`series-${s.year}`}>{ind.target.kind === 'milestone' ? (s.met === null ? '—' : s.met ? t('plans.met') : t('plans.notMet')) : fmtValue(s.value, ind.unit)}</span> },
                ...(ind.target.kind === 'cumulative' ? [{ title: t('plans.cumulative'), align: 'right' as const, render: (_: unknown, s: IndicatorDetail['series'][number]) => fmtValue(s.cumulative, ind.unit) }] : []),
                { title: t('plans.targetLine'), align: 'right', render: (_, s) => fmtValue(s.expected, ind.unit) },
                { title: t('plans.source'), render: (_, s) => (s.source ? <SourceTag source={s.source} /> : '—') },
              ]} />
          </Card>
          {d.canEnter && <EntryForm d={d} onSaved={reload} />}
          {d.entries.length > 0 && (
            <Card title={t('plans.entries')} size="small">
              <Table<Entry> rowKey="id" size="small" dataSource={d.entries} pagination={{ pageSize: 20 }}
                columns={[
                  { title: t('plans.year'), dataIndex: 'year', width: 70 },
                  { title: t('plans.unit'), render: (_, e) => e.orgName ?? e.orgCode },
                  { title: t('plans.value'), align: 'right', render: (_, e) => (e.met !== null ? (e.met ? t('plans.met') : t('plans.notMet')) : fmtValue(e.value, ind.unit)) },
                  { title: t('plans.entry.evidence'), dataIndex: 'evidence', ellipsis: true },
                  { title: t('plans.entry.author'), dataIndex: 'authorName', width: 110, render: (v: string, e) => <>{v}{e.demo && <Tag color="orange" style={{ marginLeft: 4 }}>{t('plans.src.demo')}</Tag>}</> },
                  { title: t('plans.entry.at'), dataIndex: 'enteredAt', width: 170, render: (v: string) => formatDateTime(v) },
                ]} />
            </Card>
          )}
        </Space>
      )}
    </PageContainer>
  );
}
