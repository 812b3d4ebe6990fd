// 人员详情. A 404 from the API — no such person, or one outside the account's unit (the server does not say which)
// — shows 记录不存在或无权查看 and nothing of the record.
import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Modal, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { AuditOutlined, EditOutlined, LockOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../api/client.ts';
import { useRequest } from '../../api/useRequest.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult, RecordNotFoundResult } from '../../components/Results.tsx';
import { useApiErrorHandler } from '../../components/useApiErrorHandler.ts';
import { divisionCode12, formatDate, formatDateTime, todayInChina } from '../../format/index.ts';
import { useT } from '../../i18n/index.tsx';
import { personApi, type Person } from './api.ts';
import { KeyGroupTags, StatusTag } from './labels.tsx';
import { PersonFormFields, toPersonBody, type PersonFormValues } from './PersonFormFields.tsx';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function EditPersonModal({ person, open, onClose, onSaved, onReload }: {
  person: Person; open: boolean; onClose: () => void; onSaved: (p: Person) => void; onReload: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<PersonFormValues>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const saved = await personApi.update(person.id, { ...toPersonBody(v), version: person.version });
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (e) {
      onError(e, { form, onReload: () => { onClose(); onReload(); } });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('registry.editTitle')} width={760} onCancel={onClose} onOk={submit} confirmLoading={saving}
      okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden forceRender={false}>
      <Form<PersonFormValues> form={form} layout="vertical" preserve={false} initialValues={{
        orgCode: person.orgCode, name: person.name, mobile: person.mobile ?? undefined, address: person.address ?? undefined,
        localHukou: person.localHukou, employmentStatus: person.employmentStatus, keyGroups: person.keyGroups,
      }}>
        <PersonFormFields />
      </Form>
    </Modal>
  );
}

export default function PersonDetailPage() {
  const t = useT();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const validId = UUID_RE.test(id);
  const { data: person, error, loading, reload, setData } = useRequest((signal) => personApi.get(id, signal), [id], { enabled: validId });

  const crumbs = [{ title: t('menu.home'), path: '/' }, { title: t('menu.registry'), path: '/registry/persons' }, { title: t('registry.detailTitle') }];
  const back = () => navigate('/registry/persons');

  if (!validId || (isApiError(error) && error.status === 404)) {
    return (
      <PageContainer title={t('registry.detailTitle')} breadcrumb={crumbs} onBack={back}>
        <Card>
          <RecordNotFoundResult title={t('registry.notFoundTitle')} subTitle={t('registry.notFoundSub')} backTo="/registry/persons" backLabel={t('registry.backToList')} />
        </Card>
      </PageContainer>
    );
  }
  if (error) {
    return <PageContainer title={t('registry.detailTitle')} breadcrumb={crumbs} onBack={back}><Card><ErrorResult error={error} onRetry={reload} /></Card></PageContainer>;
  }
  if (loading || !person) {
    return <PageContainer title={t('registry.detailTitle')} breadcrumb={crumbs} onBack={back}><Card><Skeleton active paragraph={{ rows: 8 }} /></Card></PageContainer>;
  }

  const unmasked = !person.residentId.includes('*');
  return (
    <PageContainer
      title={person.name}
      documentTitle={`${t('registry.detailTitle')} ${person.name}`}
      subTitle={<span className="mono">{person.residentIdMasked}</span>}
      breadcrumb={crumbs}
      onBack={back}
      extra={<>
        {can('audit.read') && (
          <Button icon={<AuditOutlined />} onClick={() => navigate(`/audit?entity=person&entityId=${person.id}`)}>{t('registry.viewAudit')}</Button>
        )}
        {can('registry.write') && <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
      </>}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('registry.basicInfo')}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={[
            { key: 'name', label: t('registry.name'), children: person.name },
            {
              key: 'residentId', label: t('registry.residentIdFull'),
              children: unmasked
                ? <span className="mono" data-testid="resident-id">{person.residentId}</span>
                : <Space size={4}><span className="mono" data-testid="resident-id">{person.residentIdMasked}</span>
                  <Tooltip title={t('registry.residentIdMaskedHint')}><LockOutlined style={{ color: 'rgba(0,0,0,.45)' }} /></Tooltip></Space>,
            },
            { key: 'sex', label: t('registry.sex'), children: t(`sex.${person.sex}`) },
            { key: 'birthDate', label: t('registry.birthDate'), children: t('registry.birthWithAge', { date: formatDate(person.birthDate), age: ageOn(person.birthDate, todayInChina()) }) },
            { key: 'mobile', label: t('registry.mobile'), children: <span className="mono">{person.mobile ?? '—'}</span> },
            { key: 'hukou', label: t('registry.localHukou'), children: person.localHukou ? t('common.yes') : t('common.no') },
            { key: 'address', label: t('registry.address'), children: person.address ?? '—', span: 'filled' },
          ]} />
        </Card>
        <Card title={t('registry.employmentInfo')}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={[
            { key: 'status', label: t('registry.employmentStatus'), children: <StatusTag status={person.employmentStatus} t={t} /> },
            { key: 'groups', label: t('registry.keyGroups'), children: <KeyGroupTags groups={person.keyGroups} t={t} /> },
          ]} />
        </Card>
        <Card title={t('registry.recordInfo')}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={[
            { key: 'org', label: t('registry.org'), children: <>{person.orgName ?? '—'} <Tag>{person.orgCode}</Tag><span className="org-code">{divisionCode12(person.orgCode)}</span></> },
            { key: 'createdAt', label: t('registry.createdAt'), children: formatDateTime(person.createdAt) },
            { key: 'updatedAt', label: t('registry.updatedAt'), children: formatDateTime(person.updatedAt) },
            { key: 'version', label: t('registry.version'), children: <Typography.Text type="secondary">v{person.version}</Typography.Text> },
          ]} />
        </Card>
      </Space>
      {editing && (
        <EditPersonModal person={person} open={editing} onClose={() => setEditing(false)} onReload={reload}
          onSaved={(p) => { setData(p); setEditing(false); }} />
      )}
    </PageContainer>
  );
}
