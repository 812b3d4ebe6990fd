// 调解组织与人员: the mediation organisations at the four levels (区、街镇、园区/楼宇/行业、企业) and the district's
// arbitration commission; mediators and arbitrators with their certificate and status. Filters, create/edit dialogs
// (optimistic version), and "初始化本区调解仲裁网络" (idempotent on the server).
import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { ClusterOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Rule } from 'antd/es/form';
import { useRequest } from '../../api/useRequest.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult } from '../../components/Results.tsx';
import { useApiErrorHandler } from '../../components/useApiErrorHandler.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { disputeApi, type Organisation, type Staff } from './api.ts';

const KINDS = ['mediation', 'arbitration'] as const;
const LEVELS = ['district', 'township', 'park', 'enterprise'] as const;
const ROLES = ['mediator', 'arbitrator'] as const;
const STATUSES = ['active', 'suspended', 'retired'] as const;
const STATUS_COLOR: Record<string, string> = { active: 'green', suspended: 'orange', retired: 'default' };
const PHONE_RE = /^[0-9+\-() ]{3,30}$/;
const CERT_RE = /^[\p{L}\p{N}\-_/()（）]+$/u;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const required = (t: TFunction, label: string): Rule => ({ required: true, whitespace: true, message: t('disputes.network.required', { field: label }) });
const opts = (t: TFunction, prefix: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

interface OrgFilters { kind?: string; level?: string; orgCode?: string }
interface StaffFilters { role?: string; organisationId?: string; status?: string; q?: string }

export default function NetworkPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const [orgFilters, setOrgFilters] = useState<OrgFilters>({});
  const [staffFilters, setStaffFilters] = useState<StaffFilters>({});
  const [orgForm] = Form.useForm<OrgFilters>();
  const [staffForm] = Form.useForm<StaffFilters>();
  const [editOrg, setEditOrg] = useState<Organisation | 'new' | null>(null);
  const [editStaff, setEditStaff] = useState<Staff | 'new' | null>(null);
  const [settingUp, setSettingUp] = useState(false);

  const orgs = useRequest(() => disputeApi.organisations(orgFilters as Record<string, string>), [JSON.stringify(orgFilters)]);
  const allOrgs = useRequest(() => disputeApi.organisations(), [orgs.data]);
  const staff = useRequest(() => disputeApi.staff({ role: staffFilters.role, organisationId: staffFilters.organisationId }), [staffFilters.role, staffFilters.organisationId]);
  const orgName = useMemo(() => new Map((allOrgs.data?.items ?? []).map((o) => [o.id, o.name])), [allOrgs.data]);
  const staffRows = useMemo(() => (staff.data?.items ?? []).filter((s) =>
    (!staffFilters.status || s.status === staffFilters.status)
    && (!staffFilters.q?.trim() || s.name.includes(staffFilters.q.trim()) || s.certificateNo.includes(staffFilters.q.trim()))), [staff.data, staffFilters]);

  const district = user && user.orgCode.length >= 6 ? user.orgCode.slice(0, 6) : null;
  const setup = () => {
    if (!district) return;
    modal.confirm({
      title: t('disputes.network.setup'),
      content: t('disputes.network.setupConfirm', { district: user?.orgName ?? district }),
      okText: t('disputes.confirm'), cancelText: t('common.cancel'),
      onOk: async () => {
        setSettingUp(true);
        try {
          const r = await disputeApi.setupNetwork(district);
          message.success(r.created.length ? t('disputes.network.setupDone', { n: r.created.length, towns: r.townCentres }) : t('disputes.network.setupNothing'));
          orgs.reload();
        } catch (e) { onError(e); } finally { setSettingUp(false); }
      },
    });
  };

  const orgColumns: TableColumnsType<Organisation> = [
    { title: t('disputes.network.name'), dataIndex: 'name' },
    { title: t('disputes.network.kind'), dataIndex: 'kind', width: 120, render: (k: string) => <Tag color={k === 'arbitration' ? 'purple' : 'blue'}>{t(`disputes.network.kind.${k}`)}</Tag> },
    { title: t('disputes.network.level'), dataIndex: 'level', width: 140, render: (l: string) => t(`disputes.network.level.${l}`) },
    { title: t('disputes.network.unit'), dataIndex: 'orgCode', width: 120, className: 'mono' },
    { title: t('disputes.network.phone'), dataIndex: 'phone', width: 140, render: (p: string | null) => p || '—' },
    { title: t('disputes.network.active'), dataIndex: 'active', width: 90, render: (a: boolean) => <Tag color={a ? 'green' : 'default'} data-active={String(a)}>{t(`disputes.network.active.${String(a)}`)}</Tag> },
    { title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, r) => <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditOrg(r)}>{t('common.edit')}</Button> },
  ];
  const staffColumns: TableColumnsType<Staff> = [
    { title: t('disputes.network.personName'), dataIndex: 'name', width: 120 },
    { title: t('disputes.network.role'), dataIndex: 'role', width: 100, render: (r: string) => t(`disputes.${r}`) },
    { title: t('disputes.network.certificateNo'), dataIndex: 'certificateNo', width: 180, className: 'mono' },
    { title: t('disputes.organisation'), dataIndex: 'organisationId', render: (id: string) => orgName.get(id) ?? '—' },
    { title: t('disputes.network.status'), dataIndex: 'status', width: 90, render: (s: string) => <Tag color={STATUS_COLOR[s] ?? 'default'} data-status={s}>{t(`disputes.network.status.${s}`)}</Tag> },
    { title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, r) => <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditStaff(r)}>{t('common.edit')}</Button> },
  ];
  const orgOptions = (allOrgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));

  return (
    <PageContainer title={t('disputes.network.title')} breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.disputeNetwork') }]}
      extra={district && <Button icon={<ClusterOutlined />} loading={settingUp} onClick={setup}>{t('disputes.network.setup')}</Button>}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('disputes.network.organisations')} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditOrg('new')}>{t('disputes.network.newOrg')}</Button>}>
          <FilterBar<OrgFilters> form={orgForm} onSearch={(v) => setOrgFilters({ kind: v.kind || undefined, level: v.level || undefined, orgCode: v.orgCode || undefined })} onReset={() => setOrgFilters({})}>
            <Form.Item name="kind" label={t('disputes.network.kind')}><Select allowClear options={opts(t, 'disputes.network.kind', KINDS)} placeholder={t('common.all')} /></Form.Item>
            <Form.Item name="level" label={t('disputes.network.level')}><Select allowClear options={opts(t, 'disputes.network.level', LEVELS)} placeholder={t('common.all')} /></Form.Item>
            <Form.Item name="orgCode" label={t('disputes.network.unit')}><OrgTreeSelect /></Form.Item>
          </FilterBar>
          {orgs.error ? <ErrorResult error={orgs.error} onRetry={orgs.reload} /> : (
            <Table<Organisation> rowKey="id" size="small" className="network-organisations" columns={orgColumns} dataSource={orgs.data?.items ?? []} loading={orgs.loading} pagination={{ pageSize: 20 }} />
          )}
        </Card>
        <Card title={t('disputes.network.staff')} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditStaff('new')}>{t('disputes.network.newStaff')}</Button>}>
          <FilterBar<StaffFilters> form={staffForm} onSearch={(v) => setStaffFilters(v)} onReset={() => setStaffFilters({})}>
            <Form.Item name="role" label={t('disputes.network.role')}><Select allowClear options={ROLES.map((r) => ({ value: r, label: t(`disputes.${r}`) }))} placeholder={t('common.all')} /></Form.Item>
            <Form.Item name="organisationId" label={t('disputes.organisation')}><Select allowClear showSearch={{ optionFilterProp: 'label' }} options={orgOptions} placeholder={t('common.all')} /></Form.Item>
            <Form.Item name="status" label={t('disputes.network.status')}><Select allowClear options={opts(t, 'disputes.network.status', STATUSES)} placeholder={t('common.all')} /></Form.Item>
            <Form.Item name="q" label={t('disputes.q')}><Input allowClear maxLength={50} /></Form.Item>
          </FilterBar>
          {staff.error ? <ErrorResult error={staff.error} onRetry={staff.reload} /> : (
            <Table<Staff> rowKey="id" size="small" className="network-staff" columns={staffColumns} dataSource={staffRows} loading={staff.loading} pagination={{ pageSize: 20 }} />
          )}
        </Card>
      </Space>
      {editOrg && <OrganisationModal org={editOrg === 'new' ? null : editOrg} onClose={() => setEditOrg(null)} onSaved={() => { setEditOrg(null); orgs.reload(); }} />}
      {editStaff && <StaffModal person={editStaff === 'new' ? null : editStaff} organisations={allOrgs.data?.items ?? []} onClose={() => setEditStaff(null)} onSaved={() => { setEditStaff(null); staff.reload(); }} />}
    </PageContainer>
  );
}

interface OrgValues { kind: string; level: string; name: string; orgCode: string; phone?: string; address?: string; active?: boolean }

function OrganisationModal({ org, onClose, onSaved }: { org: Organisation | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<OrgValues>();
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const phone = v.phone?.trim() || null;
      const address = v.address?.trim() || null;
      if (org) await disputeApi.updateOrganisation(org.id, { name: v.name.trim(), phone, address, active: !!v.active, version: org.version });
      else await disputeApi.createOrganisation({ kind: v.kind, level: v.level, name: v.name.trim(), orgCode: v.orgCode, phone, address });
      message.success(t(org ? 'common.saved' : 'common.created'));
      onSaved();
    } catch (e) { onError(e, { form, onReload: onClose }); } finally { setSaving(false); }
  };
  return (
    <Modal open title={t(org ? 'disputes.network.editOrg' : 'disputes.network.newOrg')} onCancel={onClose} onOk={submit} confirmLoading={saving}
      okText={t('common.submit')} cancelText={t('common.cancel')} destroyOnHidden width={560}>
      <Form<OrgValues> form={form} layout="vertical" preserve={false} autoComplete="off"
        initialValues={org ? { ...org, phone: org.phone ?? undefined, address: org.address ?? undefined, active: org.active !== false } : { kind: 'mediation', level: 'park' }}>
        <Form.Item name="kind" label={t('disputes.network.kind')} rules={[required(t, t('disputes.network.kind'))]}>
          <Select disabled={!!org} options={opts(t, 'disputes.network.kind', KINDS)} onChange={(k) => { if (k === 'arbitration') form.setFieldValue('level', 'district'); }} />
        </Form.Item>
        <Form.Item name="level" label={t('disputes.network.level')} rules={[
          required(t, t('disputes.network.level')),
          { validator: async (_r, v) => { if (kind === 'arbitration' && v && v !== 'district') throw new Error(t('disputes.network.arbDistrict')); } },
        ]}>
          <Select disabled={!!org} options={opts(t, 'disputes.network.level', LEVELS)} />
        </Form.Item>
        <Form.Item name="name" label={t('disputes.network.name')} rules={[required(t, t('disputes.network.name')), { max: 100 }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="orgCode" label={t('disputes.network.unit')} rules={[required(t, t('disputes.network.unit'))]}>
          {org ? <Input disabled /> : <OrgTreeSelect selectableLevels={['county', 'township']} />}
        </Form.Item>
        <Form.Item name="phone" label={t('disputes.network.phone')} rules={[{ pattern: PHONE_RE, message: t('disputes.network.phoneRule') }]}><Input maxLength={30} /></Form.Item>
        <Form.Item name="address" label={t('disputes.network.address')} rules={[{ max: 200 }]}><Input maxLength={200} /></Form.Item>
        {org && <Form.Item name="active" label={t('disputes.network.active')} valuePropName="checked"><Switch checkedChildren={t('disputes.network.active.true')} unCheckedChildren={t('disputes.network.active.false')} /></Form.Item>}
      </Form>
    </Modal>
  );
}

interface StaffValues { organisationId: string; role: string; name: string; certificateNo: string; status: string; accountId?: string }

function StaffModal({ person, organisations, onClose, onSaved }: { person: Staff | null; organisations: Organisation[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<StaffValues>();
  const [saving, setSaving] = useState(false);
  const role = Form.useWatch('role', form) ?? person?.role;
  const orgOptions = organisations
    .filter((o) => (role === 'arbitrator' ? o.kind === 'arbitration' : o.kind === 'mediation') && (o.active !== false || o.id === person?.organisationId))
    .map((o) => ({ value: o.id, label: o.name }));
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const accountId = v.accountId?.trim() || null;
      if (person) {
        await disputeApi.updateStaff(person.id, {
          name: v.name.trim(), certificateNo: v.certificateNo.trim(), status: v.status, organisationId: v.organisationId, accountId, version: person.version,
        });
      } else {
        await disputeApi.createStaff({ organisationId: v.organisationId, role: v.role, name: v.name.trim(), certificateNo: v.certificateNo.trim(), status: v.status, accountId });
      }
      message.success(t(person ? 'common.saved' : 'common.created'));
      onSaved();
    } catch (e) { onError(e, { form, onReload: onClose }); } finally { setSaving(false); }
  };
  return (
    <Modal open title={t(person ? 'disputes.network.editStaff' : 'disputes.network.newStaff')} onCancel={onClose} onOk={submit} confirmLoading={saving}
      okText={t('common.submit')} cancelText={t('common.cancel')} destroyOnHidden width={560}>
      <Form<StaffValues> form={form} layout="vertical" preserve={false} autoComplete="off"
        initialValues={person ? { ...person, accountId: person.accountId ?? undefined } : { role: 'mediator', status: 'active' }}>
        <Form.Item name="role" label={t('disputes.network.role')} rules={[required(t, t('disputes.network.role'))]}>
          <Select disabled={!!person} options={ROLES.map((r) => ({ value: r, label: t(`disputes.${r}`) }))} onChange={() => form.setFieldValue('organisationId', undefined)} />
        </Form.Item>
        <Form.Item name="organisationId" label={t('disputes.organisation')} rules={[required(t, t('disputes.organisation'))]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={orgOptions} placeholder={t('common.pleaseSelect')} />
        </Form.Item>
        <Form.Item name="name" label={t('disputes.network.personName')} rules={[required(t, t('disputes.network.personName')), { max: 50 }]}><Input maxLength={50} /></Form.Item>
        <Form.Item name="certificateNo" label={t('disputes.network.certificateNo')} rules={[
          required(t, t('disputes.network.certificateNo')), { pattern: CERT_RE, message: t('disputes.network.certRule') }, { max: 50 },
        ]}><Input maxLength={50} /></Form.Item>
        <Form.Item name="status" label={t('disputes.network.status')} rules={[required(t, t('disputes.network.status'))]}>
          <Select options={opts(t, 'disputes.network.status', STATUSES)} />
        </Form.Item>
        <Form.Item name="accountId" label={t('disputes.network.accountId')} extra={t('disputes.network.accountIdHelp')} rules={[{ pattern: UUID_RE, message: t('disputes.network.uuidRule') }]}>
          <Input maxLength={36} allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
