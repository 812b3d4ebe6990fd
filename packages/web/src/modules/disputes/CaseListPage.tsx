// 案件列表: filters in the URL (state, stage, 街镇, organisation, deadline, collective, date range, keyword), server paging.
import { useEffect, useMemo } from 'react';
import { Button, Form, Input, Select, Table, Typography, DatePicker, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useRequest } from '../../api/useRequest.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { TownshipSelect } from '../../components/OrgTreeSelect.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult } from '../../components/Results.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Query } from '../../api/client.ts';
import { disputeApi, type CaseListItem } from './api.ts';
import { DeadlineTag, StateTag, yuan } from './labels.tsx';

const STATES = ['med_received', 'med_assigned', 'med_scheduled', 'med_agreed', 'med_failed', 'med_withdrawn', 'review_pending', 'review_confirmed',
  'review_rejected', 'arb_applied', 'arb_not_accepted', 'arb_accepted', 'arb_hearing', 'arb_awarded', 'arb_mediated', 'arb_withdrawn', 'arb_sued'];
const KEYS = ['q', 'state', 'stage', 'orgCode', 'organisationId', 'deadline', 'collective', 'from', 'to'] as const;
interface Filters { q?: string; state?: string[]; stage?: string; orgCode?: string; organisationId?: string; deadline?: string; collective?: string; range?: [Dayjs, Dayjs] }

export default function CaseListPage() {
  const { t, pick } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Filters>();
  const query: Query = useMemo(() => {
    const q: Query = { page: Number(params.get('page')) || 1, pageSize: Number(params.get('pageSize')) || 20 };
    for (const k of KEYS) {
      if (k === 'state') { const all = params.getAll('state'); if (all.length) q.state = all; continue; }
      const v = params.get(k); if (v) q[k] = v;
    }
    return q;
  }, [params]);
  useEffect(() => {
    form.setFieldsValue({
      q: query.q as string, state: query.state as string[], stage: query.stage as string, orgCode: query.orgCode as string,
      deadline: query.deadline as string, collective: query.collective as string,
      range: query.from && query.to ? [dayjs(query.from as string), dayjs(query.to as string)] : undefined,
    });
  }, [form, query]);
  const orgs = useRequest(() => disputeApi.organisations({ kind: 'mediation' }), []);
  const { data, loading, error, reload } = useRequest((signal) => disputeApi.list(query, signal), [JSON.stringify(query)]);
  const summary = useRequest((signal) => { const { page: _p, pageSize: _s, ...rest } = query; return disputeApi.summary(rest, signal); }, [JSON.stringify({ ...query, page: 0, pageSize: 0 })]);

  const search = (v: Filters) => {
    const next = new URLSearchParams();
    if (v.q?.trim()) next.set('q', v.q.trim());
    for (const s of v.state ?? []) next.append('state', s);
    for (const k of ['stage', 'orgCode', 'organisationId', 'deadline', 'collective'] as const) if (v[k]) next.set(k, String(v[k]));
    if (v.range) { next.set('from', v.range[0].format('YYYY-MM-DD')); next.set('to', v.range[1].format('YYYY-MM-DD')); }
    setParams(next);
  };

  const columns: TableColumnsType<CaseListItem> = [
    { title: t('disputes.trackingCode'), dataIndex: 'trackingCode', width: 150, className: 'mono', render: (c: string, r) => <Link to={`/disputes/cases/${r.id}`}>{c}</Link> },
    { title: t('disputes.state'), dataIndex: 'state', width: 130, render: (s: string, r) => <StateTag state={s} label={r.stateLabel} pick={pick} /> },
    { title: t('disputes.filedOn'), dataIndex: 'filedOn', width: 110 },
    { title: t('disputes.township'), dataIndex: 'orgName', width: 120 },
    { title: t('disputes.applicant'), dataIndex: 'applicantName', width: 100 },
    { title: t('disputes.respondent'), dataIndex: 'respondentName', ellipsis: true },
    { title: t('disputes.collective'), dataIndex: 'collective', width: 80, render: (c: boolean, r) => (c ? `${t('disputes.yes')} (${r.workerCount})` : '') },
    { title: t('disputes.amountClaimed'), dataIndex: 'amountClaimed', width: 120, align: 'right', render: yuan },
    { title: t('disputes.amountRecovered'), dataIndex: 'amountRecovered', width: 120, align: 'right', render: yuan },
    { title: t('disputes.deadline'), dataIndex: 'currentDeadline', width: 170, render: (d: string | null, r) => <DeadlineTag deadline={d} status={r.deadlineStatus} t={t} /> },
    { title: t('disputes.handler'), dataIndex: 'handlerName', width: 90 },
  ];

  return (
    <PageContainer title={t('disputes.listTitle')} breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.disputes') }]}
      extra={can('disputes.register') && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/disputes/new')}>{t('disputes.new')}</Button>}>
      <FilterBar form={form} onSearch={search} onReset={() => setParams(new URLSearchParams())} visibleCount={4}>
        <Form.Item name="q" label={t('disputes.q')}><Input placeholder={t('disputes.qPlaceholder')} allowClear /></Form.Item>
        <Form.Item name="state" label={t('disputes.state')}>
          <Select mode="multiple" allowClear maxTagCount={1} options={STATES.map((s) => ({ value: s, label: s }))} optionRender={(o) => o.label} />
        </Form.Item>
        <Form.Item name="stage" label={t('disputes.stage')}>
          <Select allowClear options={['mediation', 'review', 'arbitration'].map((s) => ({ value: s, label: t(`disputes.stage.${s}`) }))} />
        </Form.Item>
        <Form.Item name="deadline" label={t('disputes.deadline')}>
          <Select allowClear options={['overdue', 'due'].map((s) => ({ value: s, label: t(`disputes.deadline.${s}`) }))} />
        </Form.Item>
        <Form.Item name="orgCode" label={t('disputes.township')}><TownshipSelect /></Form.Item>
        <Form.Item name="organisationId" label={t('disputes.organisation')}>
          <Select allowClear showSearch optionFilterProp="label" options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="collective" label={t('disputes.collective')}>
          <Select allowClear options={[{ value: 'true', label: t('disputes.yes') }, { value: 'false', label: t('disputes.no') }]} />
        </Form.Item>
        <Form.Item name="range" label={t('disputes.filedOn')}><DatePicker.RangePicker /></Form.Item>
      </FilterBar>
      {error ? <ErrorResult error={error} onRetry={reload} /> : (
        <>
          {summary.data && <Typography.Paragraph type="secondary" className="dispute-totals">
            {t('disputes.totals', { total: summary.data.total, claimed: yuan(summary.data.amountClaimed), recovered: yuan(summary.data.amountRecovered) })}
          </Typography.Paragraph>}
          <Table<CaseListItem> rowKey="id" size="middle" loading={loading} columns={columns} dataSource={data?.items ?? []} scroll={{ x: 1300 }}
            pagination={{
              current: Number(query.page), pageSize: Number(query.pageSize), total: summary.data?.total ?? ((Number(query.page) - 1) * Number(query.pageSize) + (data?.items.length ?? 0) + (data?.hasMore ? 1 : 0)), showSizeChanger: true,
              onChange: (page, pageSize) => { const n = new URLSearchParams(params); n.set('page', String(page)); n.set('pageSize', String(pageSize)); setParams(n); },
            }} />
        </>
      )}
    </PageContainer>
  );
}
