// 我的待办: overdue cases and cases due within 3 days of the current mediator/arbitrator, and intake waiting for a decision.
import { Card, Col, Empty, List, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useRequest } from '../../api/useRequest.ts';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult } from '../../components/Results.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { disputeApi, type CaseListItem } from './api.ts';
import { DeadlineTag, StateTag } from './labels.tsx';

export default function QueuesPage() {
  const { t, pick } = useI18n();
  const { data, loading, error, reload } = useRequest((s) => disputeApi.queues(s), []);
  const box = (key: string, title: string, items: CaseListItem[] | undefined) => (
    <Col xs={24} lg={12} key={key}>
      <Card title={`${title} (${items?.length ?? 0})`} loading={loading} className={`queue-${key}`}>
        {items && items.length ? (
          <List size="small" dataSource={items} renderItem={(c) => (
            <List.Item>
              <Link to={`/disputes/cases/${c.id}`} className="mono">{c.trackingCode}</Link>
              <StateTag state={c.state} label={c.stateLabel} pick={pick} />
              <Typography.Text ellipsis style={{ maxWidth: 200 }}>{c.applicantName} / {c.respondentName}</Typography.Text>
              <DeadlineTag deadline={c.currentDeadline} status={c.deadlineStatus} t={t} />
            </List.Item>
          )} />
        ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      </Card>
    </Col>
  );
  return (
    <PageContainer title={t('disputes.queuesTitle')} breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.disputeQueues') }]}>
      {error ? <ErrorResult error={error} onRetry={reload} /> : (
        <Row gutter={[16, 16]}>
          {box('overdue', t('disputes.overdue'), data?.overdue)}
          {box('due', t('disputes.dueSoon'), data?.due)}
          {box('intake-overdue', t('disputes.intakeOverdue'), data?.intakeOverdue)}
          {box('intake-due', t('disputes.intakeDue'), data?.intakeDue)}
        </Row>
      )}
    </PageContainer>
  );
}
