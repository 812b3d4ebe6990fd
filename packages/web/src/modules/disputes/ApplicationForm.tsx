// The application form (网上申请 and 窗口登记): resident ID and USCC checked in the browser with the shared
// validators, claims from the fixed list with amounts; the server checks everything again and names the field.
import { useState } from 'react';
import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Upload } from 'antd';
import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { parseMobile, parseResidentId, parseSocialCreditCode, validationMessage } from '@renshe/shared';
import { isApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/index.tsx';
import { CLAIM_TYPES, type ApplicationInput } from './api.ts';

interface Values extends Omit<ApplicationInput, 'disputeAroseOn' | 'receivedOn' | 'attachments'> { disputeAroseOn?: Dayjs; receivedOn?: Dayjs }

export function ApplicationForm({ townships, withReceivedOn, onSubmit }: {
  townships: { value: string; label: string }[]; withReceivedOn?: boolean;
  onSubmit: (input: ApplicationInput) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<{ name: string; size: number; contentType: string }[]>([]);
  const finish = async ({ receivedOn, ...v }: Values) => {
    setBusy(true);
    try {
      await onSubmit({
        ...v, applicantMobile: v.applicantMobile || null, disputeAroseOn: v.disputeAroseOn?.format('YYYY-MM-DD') ?? null,
        claims: v.claims.map((c) => ({ type: c.type, amount: c.amount ?? null })), attachments: files,
        ...(withReceivedOn && receivedOn ? { receivedOn: receivedOn.format('YYYY-MM-DD') } : {}),
      });
    } catch (e) {
      if (isApiError(e) && e.field) {
        const path = e.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        form.setFields([{ name: path as never, errors: [e.message] }]);
        form.scrollToField(path as never);
      } else throw e;
    } finally { setBusy(false); }
  };
  return (
    <Form form={form} layout="vertical" onFinish={finish} className="dispute-application"
      initialValues={{ entryPath: 'mediation', workerCount: 1, claims: [{ type: 'wages' }] }}>
      <Form.Item name="entryPath" label={t('disputes.entryPath')}>
        <Radio.Group options={['mediation', 'arbitration'].map((p) => ({ value: p, label: t(`disputes.entryPath.${p}`) }))} />
      </Form.Item>
      <Form.Item name="orgCode" label={t('disputes.township')} rules={[{ required: true }]}>
        <Select id="orgCode" showSearch optionFilterProp="label" options={townships} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="applicantName" label={t('disputes.applicantName')} rules={[{ required: true, whitespace: true }]}><Input id="applicantName" /></Form.Item>
        <Form.Item name="applicantResidentId" label={t('disputes.applicantResidentId')} rules={[{ required: true }, {
          validator: async (_, v: string) => { if (!v) return; const r = parseResidentId(v); if (!r.ok) throw new Error(validationMessage('residentId', r.reason, lang)); },
        }]}><Input id="applicantResidentId" maxLength={18} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="applicantMobile" label={t('disputes.applicantMobile')} rules={[{
          validator: async (_, v: string) => { if (v && !parseMobile(v).ok) throw new Error(validationMessage('mobile', 'format', lang)); },
        }]}><Input id="applicantMobile" maxLength={11} /></Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="respondentName" label={t('disputes.respondentName')} rules={[{ required: true, whitespace: true }]}><Input id="respondentName" style={{ width: 300 }} /></Form.Item>
        <Form.Item name="respondentUscc" label={t('disputes.respondentUscc')} rules={[{ required: true }, {
          validator: async (_, v: string) => { if (!v) return; const r = parseSocialCreditCode(v); if (!r.ok) throw new Error(validationMessage('socialCreditCode', r.reason, lang)); },
        }]}><Input id="respondentUscc" maxLength={18} style={{ width: 220 }} /></Form.Item>
        <Form.Item name="workerCount" label={t('disputes.workerCount')}><InputNumber id="workerCount" min={1} precision={0} /></Form.Item>
        <Form.Item name="disputeAroseOn" label={t('disputes.disputeAroseOn')}><DatePicker id="disputeAroseOn" /></Form.Item>
        {withReceivedOn && <Form.Item name="receivedOn" label={t('disputes.receivedOn')}><DatePicker id="receivedOn" /></Form.Item>}
      </Space>
      <Form.List name="claims">
        {(fields, { add, remove }) => (
          <Form.Item label={t('disputes.claims')} required>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" className="claim-row">
                <Form.Item name={[f.name, 'type']} rules={[{ required: true }]}>
                  <Select style={{ width: 180 }} options={CLAIM_TYPES.map((c) => ({ value: c, label: t(`disputes.claim.${c}`) }))} />
                </Form.Item>
                <Form.Item name={[f.name, 'amount']} rules={[({ getFieldValue }) => ({
                  validator: async (_, v) => {
                    const type = getFieldValue(['claims', f.name, 'type']);
                    if ((v === undefined || v === null) && type !== 'labour_relation' && type !== 'other') throw new Error(t('disputes.amount'));
                  },
                })]}>
                  <InputNumber min={0} precision={2} placeholder={t('disputes.amount')} style={{ width: 160 }} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ type: 'other' })}>{t('disputes.addClaim')}</Button>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="facts" label={t('disputes.facts')} rules={[{ required: true, whitespace: true }]}><Input.TextArea id="facts" rows={4} maxLength={5000} /></Form.Item>
      <Form.Item label={t('disputes.attachments')}>
        <Upload multiple beforeUpload={(f) => { setFiles((x) => [...x, { name: f.name, size: f.size, contentType: f.type || 'application/octet-stream' }]); return false; }}
          onRemove={(f) => setFiles((x) => x.filter((y) => y.name !== f.name))}>
          <Button icon={<UploadOutlined />}>{t('disputes.attachments')}</Button>
        </Upload>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} id="submit-application">{t('disputes.submit')}</Button>
    </Form>
  );
}
