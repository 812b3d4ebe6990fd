// 窗口登记: staff register an application made in person (into a 街镇 of their own scope).
import { useNavigate } from 'react-router-dom';
import { useRequest } from '../../api/useRequest.ts';
import { PageContainer } from '../../components/PageContainer.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { disputeApi } from './api.ts';
import { ApplicationForm } from './ApplicationForm.tsx';

export default function WalkInPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const towns = useRequest(() => disputeApi.townships(), []);
  return (
    <PageContainer title={t('disputes.newTitle')} breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.disputes'), path: '/disputes' }, { title: t('disputes.new') }]}>
      <ApplicationForm withReceivedOn townships={(towns.data?.items ?? []).map((x) => ({ value: x.code, label: `${x.district} ${x.name}` }))}
        onSubmit={async (input) => { const c = await disputeApi.registerWalkIn(input); navigate(`/disputes/cases/${c.id}`); }} />
    </PageContainer>
  );
}
