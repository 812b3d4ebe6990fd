// 实名制人员列表: filters (name/ID, 街镇, key group, employment status) kept in the URL, server-side paging.
import { urlPagination } from '../../components/urlPagination.tsx';
import { useEffect, useMemo } from 'react';
import { Button, Card, Form, Input, Select, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { maskMobile } from '@renshe/shared';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useRequest } from '../../api/useRequest.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { TownshipSelect } from '../../components/OrgTreeSelect.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult } from '../../components/Results.tsx';
import { formatDate, formatNumber } from '../../format/index.ts';
import { useT } from '../../i18n/index.tsx';
import { personApi, type Person, type PersonQuery } from './api.ts';
import { KeyGroupTags, keyGroupOptions, StatusTag, statusOptions } from './labels.tsx';

interface Filters { q?: string; orgCode?: string; keyGroup?: string; employmentStatus?: string }
const FILTER_KEYS = ['q', 'orgCode', 'keyGroup', 'employmentStatus'] as const;

export default function PersonListPage() {
  const t = useT();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Filters>();

  const query: PersonQuery = useMemo(() => {
    const q: PersonQuery = { page: Math.max(1, Number(params.get('page')) || 1), pageSize: Math.min(100, Number(params.get('pageSize')) || 20) };
    for (const k of FILTER_KEYS) {
      const v = params.get(k);
      if (v) q[k] = v;
    }
    return q;
  }, [params]);

  useEffect(() => {
    form.setFieldsValue({ q: query.q, orgCode: query.orgCode, keyGroup: query.keyGroup, employmentStatus: query.employmentStatus });
  }, [form, query]);

  const { data, loading, error, reload } = useRequest((signal) => personApi.list(query, signal), [JSON.stringify(query)]);

  const search = (values: Filters) => {
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      const v = values[k]?.toString().trim();
      if (v) next.set(k, v);
    }
    if (query.pageSize && query.pageSize !== 20) next.set('pageSize', String(query.pageSize));
    setParams(next);
  };

  const columns: TableColumnsType<Person> = [
    {
      title: t('registry.name'), dataIndex: 'name', width: 120, fixed: 'left', className: 'col-name',
      render: (name: string, p) => <Link to={`/registry/persons/${p.id}`}>{name}</Link>,
    },
    { title: t('registry.residentId'), dataIndex: 'residentIdMasked', width: 190, className: 'col-resident-id mono' },
    { title: t('registry.sex'), dataIndex: 'sex', width: 70, render: (s: string) => t(`sex.${s}`) },
    { title: t('registry.birthDate'), dataIndex: 'birthDate', width: 120, render: (d: string) => formatDate(d) },
    { title: t('registry.township'), dataIndex: 'orgName', width: 150, className: 'col-org', render: (n: string | null, p) => n ?? p.orgCode },
    { title: t('registry.employmentStatus'), dataIndex: 'employmentStatus', width: 110, render: (s: string) => <StatusTag status={s} t={t} /> },
    { title: t('registry.keyGroups'), dataIndex: 'keyGroups', render: (g: string[]) => <KeyGroupTags groups={g} t={t} /> },
    { title: t('registry.mobile'), dataIndex: 'mobile', width: 130, className: 'mono', render: (m: string | null) => (m ? maskMobile(m) : '—') },
    {
      title: t('common.actions'), key: 'actions', width: 90, fixed: 'right',
      render: (_: unknown, p) => <Button type="link" size="small" onClick={() => navigate(`/registry/persons/${p.id}`)}>{t('common.view')}</Button>,
    },
  ];

  return (
    <PageContainer
      title={t('registry.listTitle')}
      breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.registry') }]}
      extra={can('registry.write') && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/registry/persons/new')}>{t('registry.create')}</Button>
      )}
    >
      <FilterBar form={form} onSearch={search} onReset={() => setParams(new URLSearchParams())} visibleCount={4}>
        <Form.Item name="q" label={t('registry.q')}>
          <Input allowClear placeholder={t('registry.qPlaceholder')} maxLength={50} />
        </Form.Item>
        <Form.Item name="orgCode" label={t('registry.township')}>
          <TownshipSelect />
        </Form.Item>
        <Form.Item name="keyGroup" label={t('registry.keyGroup')}>
          <Select allowClear placeholder={t('common.all')} options={keyGroupOptions(t)} />
        </Form.Item>
        <Form.Item name="employmentStatus" label={t('registry.employmentStatus')}>
          <Select allowClear placeholder={t('common.all')} options={statusOptions(t)} />
        </Form.Item>
      </FilterBar>
      <Card className="table-card">
        {error ? <ErrorResult error={error} onRetry={reload} /> : (
          <Table<Person>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={loading}
            scroll={{ x: 1200 }}
            data-testid="persons-table"
            pagination={urlPagination({
              params, setParams, page: query.page ?? 1, pageSize: query.pageSize ?? 20, total: data?.total ?? 0, pageSizeOptions: [10, 20, 50, 100],
              totalText: (total) => t('common.total', { total: formatNumber(total) }),
            })}
          />
        )}
      </Card>
    </PageContainer>
  );
}
