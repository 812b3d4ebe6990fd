// 案件页: the whole file, the timeline, and one button per legal transition (each opens a small form). A 409 after
// someone else's change reloads the case and says so; a 400 puts the server's message on the field it names.
import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Descriptions, Dropdown, Form, Input, InputNumber, Modal, Row, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../api/client.ts';
import { useRequest } from '../../api/useRequest.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult } from '../../components/Results.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { disputeApi, type CaseDetail } from './api.ts';
import { DeadlineTag, StateTag, yuan } from './labels.tsx';

type FieldKind = 'date' | 'datetime' | 'money' | 'text' | 'int' | 'org' | 'mediator' | 'arbitrator' | 'suedBy';
const ACTION_FIELDS: Record<string, [string, FieldKind, boolean][]> = {
  assign: [['organisationId', 'org', true], ['mediatorId', 'mediator', true]],
  schedule: [['sessionAt', 'datetime', true], ['place', 'text', true]],
  agree: [['amountAgreed', 'money', true], ['on', 'date', false], ['terms', 'text', false]],
  fail: [['on', 'date', false], ['note', 'text', false]],
  lapse: [],
  withdrawMediation: [['on', 'date', false], ['note', 'text', false]],
  requestReview: [['on', 'date', false]],
  confirmReview: [['on', 'date', false]],
  rejectReview: [['reason', 'text', true], ['on', 'date', false]],
  applyArbitration: [['on', 'date', false], ['disputeAroseOn', 'date', false]],
  accept: [['arbitratorId', 'arbitrator', true], ['on', 'date', false]],
  notAccept: [['reason', 'text', true], ['on', 'date', false]],
  scheduleHearing: [['hearingAt', 'datetime', true], ['noticeOn', 'date', false], ['place', 'text', true]],
  extend: [['days', 'int', true], ['approvedBy', 'text', true], ['reason', 'text', false]],
  award: [['amountAwarded', 'money', true], ['on', 'date', false], ['summary', 'text', false]],
  arbMediate: [['amountAgreed', 'money', true], ['on', 'date', false]],
  arbWithdraw: [['on', 'date', false], ['note', 'text', false]],
  recordSuit: [['suedBy', 'suedBy', true], ['suedOn', 'date', false]],
};
const LABEL_KEY: Record<string, string> = {
  organisationId: 'disputes.organisation', mediatorId: 'disputes.mediator', arbitratorId: 'disputes.arbitrator', sessionAt: 'disputes.sessionAt',
  place: 'disputes.place', amountAgreed: 'disputes.amountAgreed', amountAwarded: 'disputes.amountAwarded', on: 'disputes.on', terms: 'disputes.note',
  note: 'disputes.note', reason: 'disputes.reason', disputeAroseOn: 'disputes.disputeAroseOn', hearingAt: 'disputes.hearingAt',
  noticeOn: 'disputes.noticeOn', days: 'disputes.days', approvedBy: 'disputes.approvedBy', summary: 'disputes.note', suedBy: 'disputes.suedBy', suedOn: 'disputes.suedOn',
};

function ActionForm({ action, c, onDone, onCancel }: { action: string; c: CaseDetail; onDone: (c: CaseDetail) => void; onCancel: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const orgId = Form.useWatch('organisationId', form);
  const fields = ACTION_FIELDS[action] ?? [];
  const needs = new Set(fields.map((f) => f[1]));
  const orgs = useRequest(() => disputeApi.organisations({ kind: 'mediation' }), [], { enabled: needs.has('org') });
  const people = useRequest(() => disputeApi.staff({ role: needs.has('arbitrator') ? 'arbitrator' : 'mediator' }), [], { enabled: needs.has('mediator') || needs.has('arbitrator') });
  const submit = async () => {
    const v = await form.validateFields();
    const body: Record<string, unknown> = { version: c.version };
    for (const [name, kind] of fields) {
      const x = v[name];
      if (x === undefined || x === null || x === '') continue;
      body[name] = kind === 'date' ? (x as dayjs.Dayjs).format('YYYY-MM-DD') : kind === 'datetime' ? (x as dayjs.Dayjs).toISOString() : x;
    }
    setBusy(true);
    try {
      const next = await disputeApi.act(c.id, action, body);
      onDone(next);
    } catch (e) {
      if (isApiError(e) && e.field && fields.some((f) => f[0] === e.field)) form.setFields([{ name: e.field, errors: [e.message] }]);
      else if (isApiError(e) && e.status === 409) { message.warning(e.code === 'VERSION_CONFLICT' ? t('disputes.conflict') : e.message); onCancel(); }
      else message.error(isApiError(e) ? e.message : String(e));
    } finally { setBusy(false); }
  };
  const label = c.actions.find((a) => a.action === action)?.label;
  return (
    <Modal open title={pick(label)} onOk={submit} onCancel={onCancel} confirmLoading={busy} okText={t('disputes.confirm')} destroyOnHidden>
      <Form form={form} layout="vertical" className={`action-form action-${action}`}>
        {fields.map(([name, kind, required]) => (
          <Form.Item key={name} name={name} label={t(LABEL_KEY[name] ?? name)} rules={required ? [{ required: true }] : []}>
            {kind === 'date' ? <DatePicker style={{ width: '100%' }} />
              : kind === 'datetime' ? <DatePicker showTime style={{ width: '100%' }} />
              : kind === 'money' ? <InputNumber min={0} precision={2} style={{ width: '100%' }} />
              : kind === 'int' ? <InputNumber min={1} max={15} precision={0} style={{ width: '100%' }} />
              : kind === 'org' ? <Select showSearch optionFilterProp="label" options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} />
              : kind === 'mediator' ? <Select options={(people.data?.items ?? []).filter((p) => !orgId || p.organisationId === orgId).map((p) => ({ value: p.id, label: `${p.name} (${p.certificateNo})` }))} />
              : kind === 'arbitrator' ? <Select options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.certificateNo})` }))} />
              : kind === 'suedBy' ? <Select options={['employee', 'employer'].map((s) => ({ value: s, label: t(`disputes.suedBy.${s}`) }))} />
              : <Input.TextArea autoSize />}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

export default function CasePage() {
  const { id } = useParams();
  const { t, pick } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { data: c, error, loading, reload, setData } = useRequest((s) => disputeApi.get(id!, s), [id]);
  const [action, setAction] = useState<string | null>(null);
  if (error) return <ErrorResult error={error} onRetry={reload} />;
  if (!c) return <Card loading={loading} />;
  const a = c.arbitration;
  const docs = [
    ...(c.mediation.outcome === 'agreement' || a.outcome === 'mediated' ? ['mediation-agreement'] : []),
    ...(a.outcome === 'award' ? ['award'] : []),
    ...(c.state === 'arb_not_accepted' ? ['not-accepted'] : []),
  ];
  return (
    <PageContainer title={<Space><span className="mono">{c.trackingCode}</span><StateTag state={c.state} label={c.stateLabel} pick={pick} /></Space>}
      documentTitle={c.trackingCode}
      breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.disputes'), path: '/disputes' }, { title: c.trackingCode }]}
      extra={<Space wrap>
        {can('disputes.handle') || can('disputes.register') ? c.actions.map((x) => (
          <Button key={x.action} data-action={x.action} onClick={() => setAction(x.action)}>{pick(x.label)}</Button>
        )) : null}
        {docs.length > 0 && <Dropdown menu={{ items: docs.map((d) => ({ key: d, label: <a href={disputeApi.documentUrl(c.id, d)} target="_blank" rel="noreferrer">{t(`disputes.doc.${d}`)}</a> })) }}>
          <Button icon={<PrinterOutlined />}>{t('disputes.print')}</Button>
        </Dropdown>}
      </Space>}>
      {c.limitation?.expired && <Typography.Paragraph type="warning">{pick(c.limitation.explanation)}</Typography.Paragraph>}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card size="small">
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label={t('disputes.township')}>{c.orgName}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.filedOn')}>{c.filedOn}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.applicant')}>{c.applicant.name} <span className="mono">{c.applicant.residentId}</span></Descriptions.Item>
              <Descriptions.Item label={t('disputes.respondent')}>{c.respondent.name} <span className="mono">{c.respondent.uscc}</span></Descriptions.Item>
              <Descriptions.Item label={t('disputes.deadline')}><DeadlineTag deadline={c.currentDeadline} status={c.deadlineStatus} t={t} /></Descriptions.Item>
              <Descriptions.Item label={t('disputes.handler')}>{c.handlerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.collective')}>{c.collective ? `${t('disputes.yes')} (${c.workerCount})` : t('disputes.no')}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.organisation')}>{c.mediation.organisationName ?? '—'} {c.mediation.mediatorName ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.amountClaimed')}>{yuan(c.amountClaimed)}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.amountRecovered')}><span className="amount-recovered">{yuan(c.amountRecovered)}</span></Descriptions.Item>
              <Descriptions.Item label={t('disputes.caseNo')}>{(a.caseNo as string) ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.finalAward')}>{a.finalAward === null ? '—' : a.finalAward ? t('disputes.yes') : t('disputes.no')}</Descriptions.Item>
              <Descriptions.Item label={t('disputes.facts')} span={2}>{c.facts}</Descriptions.Item>
            </Descriptions>
            <Table size="small" rowKey="type" pagination={false} style={{ marginTop: 12 }} dataSource={c.claims}
              columns={[{ title: t('disputes.claimType'), dataIndex: 'label', render: (l) => pick(l) }, { title: t('disputes.amount'), dataIndex: 'amount', align: 'right', render: yuan }]} />
            {c.attachments.length > 0 && <div style={{ marginTop: 8 }}>{t('disputes.attachments')}: {c.attachments.map((x) => <Tag key={x.name}>{x.name}</Tag>)}</div>}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('disputes.timeline')} className="dispute-timeline">
            <Timeline items={c.timeline.map((e) => ({
              children: <div data-action={e.action}><b>{e.onDate}</b> {pick(e.actionLabel) || e.action} → {pick(e.toStateLabel)}<br />
                <Typography.Text type="secondary">{e.actorName}{e.note ? ` · ${e.note}` : ''}</Typography.Text></div>,
            }))} />
          </Card>
        </Col>
      </Row>
      {action && <ActionForm action={action} c={c} onCancel={() => { setAction(null); reload(); }}
        onDone={(next) => { setAction(null); setData(next); message.success(pick(next.stateLabel)); }} />}
    </PageContainer>
  );
}
