// 案件查询 (public, no login): by tracking code and the applicant's ID number. A wrong pair reveals nothing.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { isApiError } from '../../api/client.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { disputeApi, type PublicCase } from './api.ts';
import { StateTag } from './labels.tsx';

export default function PortalTrackPage() {
  const { t, pick } = useI18n();
  const [result, setResult] = useState<PublicCase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const look = async (v: { trackingCode: string; residentId: string }) => {
    setBusy(true); setError(null); setResult(null);
    try { setResult(await disputeApi.track(v.trackingCode.trim(), v.residentId.trim())); }
    catch (e) { setError(isApiError(e) && e.status === 404 ? t('disputes.trackNotFound') : isApiError(e) ? e.message : String(e)); }
    finally { setBusy(false); }
  };
  return (
    <div style={{ maxWidth: 720, margin: '24px auto', padding: '0 16px' }}>
      <div style={{ float: 'right' }}><LanguageSwitch /></div>
      <Typography.Title level={3}>{t('disputes.trackTitle')}</Typography.Title>
      <Typography.Paragraph><Link to="/portal/disputes/apply">{t('disputes.portalHome')}</Link></Typography.Paragraph>
      <Card>
        <Form layout="inline" onFinish={look} className="track-form">
          <Form.Item name="trackingCode" label={t('disputes.trackingCode')} rules={[{ required: true }]}><Input id="trackingCode" /></Form.Item>
          <Form.Item name="residentId" label={t('disputes.residentId')} rules={[{ required: true }]}><Input id="residentId" maxLength={18} /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} id="track-submit">{t('disputes.track')}</Button>
        </Form>
      </Card>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 16 }} className="track-error" />}
      {result && (
        <Card style={{ marginTop: 16 }} className="track-result">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('disputes.trackingCode')}><span className="mono">{result.trackingCode}</span></Descriptions.Item>
            <Descriptions.Item label={t('disputes.state')}><StateTag state={result.state} label={result.stateLabel} pick={pick} /></Descriptions.Item>
            <Descriptions.Item label={t('disputes.township')}>{result.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('disputes.filedOn')}>{result.filedOn}</Descriptions.Item>
            {result.sessionAt && <Descriptions.Item label={t('disputes.sessionAt')}>{result.sessionAt.slice(0, 16).replace('T', ' ')} {result.sessionPlace}</Descriptions.Item>}
            {result.hearingAt && <Descriptions.Item label={t('disputes.hearingAt')}>{result.hearingAt.slice(0, 16).replace('T', ' ')} {result.hearingPlace}</Descriptions.Item>}
            {result.arbCaseNo && <Descriptions.Item label={t('disputes.caseNo')}>{result.arbCaseNo}</Descriptions.Item>}
          </Descriptions>
          {result.mayApplyForArbitration && <Alert type="info" message={t('disputes.mayApply')} />}
          <Timeline style={{ marginTop: 16 }} items={result.timeline.map((e) => ({ children: `${e.onDate} ${pick(e.toStateLabel)}` }))} />
        </Card>
      )}
    </div>
  );
}
