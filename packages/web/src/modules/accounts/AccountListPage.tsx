// 账号管理: filters (keyword, role, org, status), paged table, and the actions 停用/启用, 调整机构, 重置密码.
// Every change sends the row's `version`; a 409 VERSION_CONFLICT asks the user to reload.
import { useEffect, useMemo, useState } from 'react';
import { App, Badge, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ROLE_LABELS, ROLES, type Role } from '@renshe/shared';
import { useSearchParams } from 'react-router-dom';
import { useRequest } from '../../api/useRequest.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult } from '../../components/Results.tsx';
import { useApiErrorHandler } from '../../components/useApiErrorHandler.ts';
import { formatDateTime, formatNumber } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.tsx';
import { accountApi, type Account, type AccountQuery } from './api.ts';
import { CreateAccountModal, RescopeModal, ResetPasswordModal, roleOptions } from './AccountDialogs.tsx';

interface Filters { q?: string; role?: Role; orgCode?: string; status?: 'enabled' | 'disabled' }

export default function AccountListPage() {
  const { t, pick } = useI18n();
  const me = useUser();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Filters>();
  const [creating, setCreating] = useState(false);
  const [rescoping, setRescoping] = useState<Account | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const filters: Filters = useMemo(() => ({
    q: params.get('q') ?? undefined,
    role: (params.get('role') as Role | null) ?? undefined,
    orgCode: params.get('orgCode') ?? undefined,
    status: (params.get('status') as Filters['status'] | null) ?? undefined,
  }), [params]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(100, Number(params.get('pageSize')) || 20);
  const query: AccountQuery = {
    q: filters.q, role: filters.role, orgCode: filters.orgCode, page, pageSize,
    disabled: filters.status === 'disabled' ? true : filters.status === 'enabled' ? false : undefined,
  };

  useEffect(() => { form.setFieldsValue(filters); }, [form, filters]);

  const { data, loading, error, reload, setData } = useRequest((signal) => accountApi.list(query, signal), [JSON.stringify(query)]);

  const replaceRow = (a: Account) => setData(data && { ...data, items: data.items.map((x) => (x.id === a.id ? a : x)) });

  const search = (v: Filters) => {
    const next = new URLSearchParams();
    for (const [k, val] of Object.entries(v)) if (val !== undefined && val !== null && String(val).trim() !== '') next.set(k, String(val).trim());
    setParams(next);
  };

  const toggle = async (a: Account) => {
    setBusyId(a.id);
    try {
      const updated = await accountApi.update(a.id, { disabled: !a.disabled, version: a.version });
      message.success(t(updated.disabled ? 'accounts.disabledOk' : 'accounts.enabledOk', { name: updated.displayName }));
      replaceRow(updated);
    } catch (e) {
      onError(e, { onReload: reload });
    } finally {
      setBusyId(null);
    }
  };

  const columns: TableColumnsType<Account> = [
    { title: t('accounts.username'), dataIndex: 'username', width: 120, className: 'mono', fixed: 'left' },
    {
      title: t('accounts.displayName'), dataIndex: 'displayName', width: 170,
      render: (n: string, a) => <Space size={4}>{n}{a.id === me.id && <Tag color="gold">{t('accounts.self')}</Tag>}</Space>,
    },
    { title: t('accounts.role'), dataIndex: 'role', width: 120, render: (r: Role) => <Tag color="blue">{pick(ROLE_LABELS[r])}</Tag> },
    {
      title: t('accounts.org'), dataIndex: 'orgName', width: 180,
      render: (n: string | null, a) => <span>{n ?? '—'} <span className="org-code">{a.orgCode}</span></span>,
    },
    { title: t('accounts.mobile'), dataIndex: 'mobile', width: 120, className: 'mono', render: (m: string | null) => m ?? '—' },
    {
      title: t('accounts.status'), dataIndex: 'disabled', width: 90,
      render: (d: boolean) => (d ? <Badge status="default" text={t('accounts.disabledStatus')} /> : <Badge status="success" text={t('accounts.enabled')} />),
    },
    { title: t('accounts.createdAt'), dataIndex: 'createdAt', width: 160, render: (v: string) => formatDateTime(v) },
    {
      title: t('common.actions'), key: 'actions', width: 230, fixed: 'right',
      render: (_: unknown, a) => {
        const self = a.id === me.id;
        return (
          <Space size={0} wrap>
            <Popconfirm
              title={t(a.disabled ? 'accounts.enableConfirm' : 'accounts.disableConfirm', { name: a.displayName })}
              okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => toggle(a)} disabled={self}
            >
              <Button type="link" size="small" danger={!a.disabled} disabled={self} loading={busyId === a.id}>
                {a.disabled ? t('accounts.enable') : t('accounts.disable')}
              </Button>
            </Popconfirm>
            <Button type="link" size="small" onClick={() => setRescoping(a)}>{t('accounts.rescope')}</Button>
            <Button type="link" size="small" onClick={() => setResetting(a)}>{t('accounts.resetPassword')}</Button>
          </Space>
        );
      },
    },
  ];

  return (
    <PageContainer
      title={t('accounts.title')}
      breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.accounts') }]}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('accounts.create')}</Button>}
    >
      <FilterBar form={form} onSearch={search} onReset={() => setParams(new URLSearchParams())} visibleCount={4}>
        <Form.Item name="q" label={t('common.keyword')}>
          <Input allowClear placeholder={t('accounts.keyword')} maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('accounts.role')}>
          <Select allowClear placeholder={t('common.all')} options={roleOptions(pick, ROLES)} />
        </Form.Item>
        <Form.Item name="orgCode" label={t('accounts.org')}>
          <OrgTreeSelect placeholder={t('common.all')} />
        </Form.Item>
        <Form.Item name="status" label={t('accounts.status')}>
          <Select allowClear placeholder={t('common.all')} options={[
            { value: 'enabled', label: t('accounts.enabled') }, { value: 'disabled', label: t('accounts.disabledStatus') },
          ]} />
        </Form.Item>
      </FilterBar>
      <Card className="table-card">
        {error ? <ErrorResult error={error} onRetry={reload} /> : (
          <Table<Account>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={loading}
            scroll={{ x: 1190 }}
            rowClassName={(a) => (a.disabled ? 'row-disabled' : '')}
            pagination={{
              current: page, pageSize, total: data?.total ?? 0, showSizeChanger: true, showQuickJumper: true,
              showTotal: (total) => <Typography.Text type="secondary">{t('common.total', { total: formatNumber(total) })}</Typography.Text>,
              onChange: (p, ps) => {
                const next = new URLSearchParams(params);
                next.set('page', String(ps !== pageSize ? 1 : p));
                next.set('pageSize', String(ps));
                setParams(next);
              },
            }}
          />
        )}
      </Card>
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} onCreated={() => { setCreating(false); reload(); }} />
      {rescoping && <RescopeModal account={rescoping} onClose={() => setRescoping(null)} onReload={reload}
        onSaved={(a) => { setRescoping(null); replaceRow(a); }} />}
      {resetting && <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />}
    </PageContainer>
  );
}
