import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult } from '../../components/Results.tsx';
import { useRequest } from '../../api/useRequest.ts';
import { useT } from '../../i18n/index.tsx';
import { plansApi, type PlanSummary } from './api.ts';

export default function PlanListPage() {
  const t = useT();
  const { data, error, loading, reload } = useRequest((signal) => plansApi.list(signal), []);
  if (error) return <ErrorResult error={error} onRetry={reload} />;
  return (
    <PageContainer title={t('plans.listTitle')}>
      <Card>
        <Table<PlanSummary>
          rowKey="id" loading={loading} dataSource={data?.items ?? []} pagination={false} data-testid="plans-table"
          columns={[
            { title: t('plans.name'), dataIndex: 'title', render: (v: string, p) => <Link to={`/plans/${p.id}`}>{v}</Link> },
            { title: t('plans.region'), render: (_, p) => p.region.name, width: 100 },
            { title: t('plans.period'), render: (_, p) => `${p.period.start}–${p.period.end}`, width: 110 },
            { title: t('plans.status'), width: 150, render: (_, p) => <Tag color={p.status === 'open' ? 'blue' : 'default'}>{t(`plans.status.${p.status}`)}</Tag> },
            { title: t('plans.indicators'), dataIndex: 'indicatorCount', width: 90 },
            { title: t('plans.source'), width: 220, render: (_, p) => <span style={{ color: '#888' }}>{p.source.section}</span> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
