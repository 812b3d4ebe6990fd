// 首页: greeting, the account's unit and scope, shortcuts to the modules it may use, a registry overview.
import { lazy, Suspense, useMemo } from 'react';
import { Card, Col, Descriptions, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '@renshe/shared';
import { useNavigate } from 'react-router-dom';
import { api, type Page } from '../../api/client.ts';
import { useRequest } from '../../api/useRequest.ts';
import { useAuth, useUser } from '../../auth/AuthContext.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { divisionCode12, formatDate, formatNumber, TIME_ZONE } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.tsx';
import { menuItems } from '../../routes.tsx';
import { EMPLOYMENT_STATUSES } from '../registry/constants.ts';

const EChart = lazy(() => import('../../components/EChart.tsx'));

function greetingKey(): string {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
  return hour < 12 ? 'home.morning' : hour < 18 ? 'home.afternoon' : 'home.evening';
}

function RegistryOverview() {
  const { t } = useI18n();
  const { data, loading } = useRequest(async (signal) => {
    const counts = await Promise.all(EMPLOYMENT_STATUSES.map((s) =>
      api.get<Page<unknown>>('/persons', { employmentStatus: s, page: 1, pageSize: 1 }, { signal }).then((r) => r.total)));
    return EMPLOYMENT_STATUSES.map((s, i) => ({ status: s, n: counts[i]! }));
  }, []);
  const total = data?.reduce((a, b) => a + b.n, 0);
  const option = useMemo(() => ({
    tooltip: { trigger: 'item' as const, formatter: '{b}：{c}（{d}%）' },
    legend: { orient: 'vertical' as const, right: 8, top: 'middle' as const },
    series: [{
      type: 'pie' as const, radius: ['45%', '70%'], center: ['38%', '50%'], avoidLabelOverlap: true,
      label: { formatter: '{b}\n{c}' },
      data: (data ?? []).filter((d) => d.n > 0).map((d) => ({ name: t(`registry.status.${d.status}`), value: d.n })),
    }],
  }), [data, t]);
  return (
    <Card title={t('home.registryStats')} extra={<Statistic value={total ?? 0} suffix={t('home.personUnit')} loading={loading}
      formatter={(v) => formatNumber(Number(v))} styles={{ content: { fontSize: 18 } }} />}>
      <Suspense fallback={<Skeleton active />}>
        <EChart option={option} height={280} loading={loading} />
      </Suspense>
    </Card>
  );
}

export default function HomePage() {
  const { t, pick } = useI18n();
  const user = useUser();
  const { can } = useAuth();
  const navigate = useNavigate();
  const links = menuItems.filter((m) => m.path !== '/' && can(m.permission));

  return (
    <PageContainer title={t('home.title')}>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="welcome">
          {t('home.welcome', { greeting: t(greetingKey()), name: user.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('home.today', { date: formatDate(new Date()) })} · {t('home.scopeHint')}</Typography.Text>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('home.myUnit')} style={{ height: '100%' }}>
            <Descriptions column={1} size="small" items={[
              { key: 'unit', label: t('home.unitName'), children: <Typography.Text strong>{user.orgName ?? '—'}</Typography.Text> },
              { key: 'code', label: t('home.unitCode'), children: <span className="mono">{user.orgCode} <span className="org-code">({divisionCode12(user.orgCode)})</span></span> },
              { key: 'role', label: t('home.role'), children: <Tag color="blue">{pick(ROLE_LABELS[user.role])}</Tag> },
              { key: 'username', label: t('home.username'), children: user.username },
            ]} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('home.quickLinks')} style={{ height: '100%' }}>
            <Row gutter={[12, 12]}>
              {links.map((m) => (
                <Col key={m.path} xs={24} sm={12}>
                  <Card size="small" className="quick-link" onClick={() => navigate(m.path)} hoverable>
                    <Card.Meta avatar={<span className="quick-link-icon">{m.icon}</span>} title={t(m.labelKey)}
                      description={m.descriptionKey ? t(m.descriptionKey) : undefined} />
                  </Card>
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
        {can('registry.read') && (
          <Col xs={24}>
            <RegistryOverview />
          </Col>
        )}
      </Row>
    </PageContainer>
  );
}
