// 审计日志查询: filter by person, record type, record ID, action and date range; each row expands into a side-by-side
// before/after view.
import { urlPagination } from '../../components/urlPagination.tsx';
import { useEffect, useMemo } from 'react';
import { Alert, Card, DatePicker, Form, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isRole, ROLE_LABELS } from '@renshe/shared';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type Page } from '../../api/client.ts';
import { fetchOrgTree, flattenTree } from '../../api/orgs.ts';
import { useRequest } from '../../api/useRequest.ts';
import { FilterBar } from '../../components/FilterBar.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult } from '../../components/Results.tsx';
import { formatDateTime, formatNumber } from '../../format/index.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_RECORD_LINKS } from './catalog.ts';
import { JsonDiff } from './JsonDiff.tsx';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string;
  orgCode: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

interface Filters { actor?: string; entity?: string; entityId?: string; action?: string; range?: [Dayjs | null, Dayjs | null] | null }
const KEYS = ['actor', 'entity', 'entityId', 'action', 'from', 'to'] as const;

/** Label from the dictionary, or the code itself when no module defined one. */
function labelOr(t: TFunction, key: string, code: string): string {
  const s = t(key);
  return s === key ? code : s;
}

export default function AuditPage() {
  const { t, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Filters>();

  const query = useMemo(() => {
    const q: Record<string, string | number> = {};
    for (const k of KEYS) { const v = params.get(k); if (v) q[k] = v; }
    q.page = Math.max(1, Number(params.get('page')) || 1);
    q.pageSize = Math.min(100, Number(params.get('pageSize')) || 20);
    return q;
  }, [params]);

  useEffect(() => {
    form.setFieldsValue({
      actor: (query.actor as string) ?? undefined, entity: (query.entity as string) ?? undefined,
      entityId: (query.entityId as string) ?? undefined, action: (query.action as string) ?? undefined,
      range: query.from || query.to ? [query.from ? dayjs(query.from as string) : null, query.to ? dayjs(query.to as string) : null] : null,
    });
  }, [form, query]);

  const { data, loading, error, reload } = useRequest((signal) => api.get<Page<AuditEntry>>('/audit', query, { signal }), [JSON.stringify(query)]);
  const orgs = useRequest(() => fetchOrgTree().then((tree) => flattenTree(tree)), []);

  const search = (v: Filters) => {
    const next = new URLSearchParams();
    if (v.actor?.trim()) next.set('actor', v.actor.trim());
    if (v.entity) next.set('entity', v.entity);
    if (v.entityId?.trim()) next.set('entityId', v.entityId.trim());
    if (v.action) next.set('action', v.action);
    if (v.range?.[0]) next.set('from', v.range[0].format('YYYY-MM-DD'));
    if (v.range?.[1]) next.set('to', v.range[1].format('YYYY-MM-DD'));
    setParams(next);
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 170, className: 'mono', render: (v: string) => formatDateTime(v) },
    { title: t('audit.actor'), dataIndex: 'actorName', width: 160, render: (n: string, r) => (r.actorId ? n : <Typography.Text type="secondary">{n}</Typography.Text>) },
    {
      title: t('audit.role'), dataIndex: 'actorRole', width: 130,
      render: (r: string | null) => (r && isRole(r) ? <Tag>{pick(ROLE_LABELS[r])}</Tag> : '—'),
    },
    {
      title: t('audit.action'), dataIndex: 'action', width: 170,
      render: (a: string) => <Tag color={a.endsWith('disable') ? 'red' : a.endsWith('create') ? 'green' : a.startsWith('auth.') ? 'default' : 'blue'}>{labelOr(t, `audit.action.${a}`, a)}</Tag>,
    },
    {
      title: t('audit.record'), key: 'record', width: 260,
      render: (_: unknown, r) => {
        const link = AUDIT_RECORD_LINKS[r.entity];
        const id = <span className="mono" style={{ fontSize: 12 }}>{r.entityId}</span>;
        return <span>{labelOr(t, `audit.entity.${r.entity}`, r.entity)} · {link ? <Link to={link(r.entityId)}>{id}</Link> : id}</span>;
      },
    },
    {
      title: t('audit.org'), dataIndex: 'orgCode', width: 170,
      render: (c: string | null) => (c ? <span>{orgs.data?.get(c)?.name ?? ''} <span className="org-code">{c}</span></span> : '—'),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, className: 'mono', render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <PageContainer title={t('audit.title')} breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.audit') }]}>
      <FilterBar form={form} onSearch={search} onReset={() => setParams(new URLSearchParams())} visibleCount={5}>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input allowClear placeholder={t('audit.actorPlaceholder')} maxLength={50} />
        </Form.Item>
        <Form.Item name="entity" label={t('audit.entity')}>
          <Select allowClear placeholder={t('common.all')} options={AUDIT_ENTITIES.map((e) => ({ value: e, label: labelOr(t, `audit.entity.${e}`, e) }))} />
        </Form.Item>
        <Form.Item name="entityId" label={t('audit.entityId')}>
          <Input allowClear maxLength={80} className="mono" />
        </Form.Item>
        <Form.Item name="action" label={t('audit.action')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('common.all')} options={AUDIT_ACTIONS.map((g) => ({
            label: labelOr(t, `audit.entity.${g.group}`, g.group),
            title: g.group,
            options: [
              { value: g.group, label: labelOr(t, `audit.actionGroup.${g.group}`, g.group) },
              ...g.actions.map((a) => ({ value: a, label: labelOr(t, `audit.action.${a}`, a) })),
            ],
          }))} />
        </Form.Item>
        <Form.Item name="range" label={t('audit.dateRange')}>
          <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} disabledDate={(d) => d.isAfter(dayjs().endOf('day'))} />
        </Form.Item>
      </FilterBar>
      <Card className="table-card">
        <Alert type="info" showIcon title={t('audit.hint')} style={{ marginBottom: 12 }} />
        {error ? <ErrorResult error={error} onRetry={reload} /> : (
          <Table<AuditEntry>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={loading}
            scroll={{ x: 1200 }}
            expandable={{
              expandedRowRender: (r) => <JsonDiff before={r.before} after={r.after} />,
              rowExpandable: (r) => r.before !== null || r.after !== null,
            }}
            pagination={urlPagination({
              params, setParams, page: query.page as number, pageSize: query.pageSize as number, total: data?.total ?? 0,
              totalText: (total) => t('common.total', { total: formatNumber(total) }),
            })}
          />
        )}
      </Card>
    </PageContainer>
  );
}
