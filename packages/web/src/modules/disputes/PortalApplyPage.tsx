// 网上申请 (public, no login): the citizen applies and gets the tracking code.
import { useState } from 'react';
import { Card, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useRequest } from '../../api/useRequest.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { disputeApi } from './api.ts';
import { ApplicationForm } from './ApplicationForm.tsx';

export default function PortalApplyPage() {
  const { t, pick } = useI18n();
  const towns = useRequest(() => disputeApi.townships(), []);
  const [done, setDone] = useState<Awaited<ReturnType<typeof disputeApi.apply>> | null>(null);
  return (
    <div style={{ maxWidth: 880, margin: '24px auto', padding: '0 16px' }}>
      <div style={{ float: 'right' }}><LanguageSwitch /></div>
      <Typography.Title level={3}>{t('disputes.applyTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('disputes.applyIntro')} <Link to="/portal/disputes/track">{t('disputes.portalTrack')}</Link></Typography.Paragraph>
      <Card>
        {done ? (
          <Result status="success" title={t('disputes.applied')}
            subTitle={<span>{t('disputes.appliedSub', { code: '' })}<b className="tracking-code mono">{done.trackingCode}</b></span>}
            extra={done.limitation?.expired ? <Typography.Paragraph type="warning">{pick(done.limitation.explanation)}</Typography.Paragraph> : <Link to="/portal/disputes/track">{t('disputes.portalTrack')}</Link>} />
        ) : (
          <ApplicationForm townships={(towns.data?.items ?? []).map((x) => ({ value: x.code, label: `${x.district} ${x.name}` }))}
            onSubmit={async (input) => setDone(await disputeApi.apply(input))} />
        )}
      </Card>
    </div>
  );
}
