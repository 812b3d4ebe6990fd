// 组织机构: the visible org tree (own unit and below) as a tree table, with codes in the 12-digit statistical form
// and 特殊区域 marked.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { api } from '../../api/client.ts';
import { DEFAULT_TREE_LEVELS, fetchOrgTree, type OrgLevel, type OrgTreeNode } from '../../api/orgs.ts';
import { useRequest } from '../../api/useRequest.ts';
import { PageContainer } from '../../components/PageContainer.tsx';
import { ErrorResult } from '../../components/Results.tsx';
import { divisionCode12, formatNumber } from '../../format/index.ts';
import { useT } from '../../i18n/index.tsx';

interface Row extends Omit<OrgTreeNode, 'children'> { key: string; childCount: number; children?: Row[] }

const LEVEL_COLORS: Record<OrgLevel, string> = { province: 'red', city: 'volcano', county: 'blue', township: 'cyan', village: 'default' };

function toRows(nodes: OrgTreeNode[]): Row[] {
  return nodes.map(({ children, ...n }) => ({
    ...n, key: n.code, childCount: children.length, children: children.length ? toRows(children) : undefined,
  }));
}

/** Keep matching units and their ancestors. */
function filterRows(rows: Row[], kw: string): Row[] {
  const out: Row[] = [];
  for (const r of rows) {
    const kids = r.children ? filterRows(r.children, kw) : [];
    if (r.name.includes(kw) || r.code.startsWith(kw) || divisionCode12(r.code).startsWith(kw) || kids.length) {
      out.push({ ...r, children: kids.length ? kids : r.name.includes(kw) || r.code.startsWith(kw) ? r.children : undefined });
    }
  }
  return out;
}

function allKeys(rows: Row[], out: string[] = []): string[] {
  for (const r of rows) if (r.children) { out.push(r.key); allKeys(r.children, out); }
  return out;
}

function count(rows: Row[]): number {
  return rows.reduce((n, r) => n + 1 + (r.children ? count(r.children) : 0), 0);
}

export default function OrgTreePage() {
  const t = useT();
  const [villages, setVillages] = useState(false);
  const [keyword, setKeyword] = useState('');
  const [expanded, setExpanded] = useState<readonly React.Key[] | null>(null);
  const levels: OrgLevel[] = villages ? [...DEFAULT_TREE_LEVELS, 'village'] : DEFAULT_TREE_LEVELS;
  const tree = useRequest(() => fetchOrgTree(levels), [villages]);
  const source = useRequest(() => api.get<{ source: { name: string; cutoff: string; published: string } }>('/orgs', { level: ['province'] }).then((r) => r.source), []);

  const rows = useMemo(() => toRows(tree.data ?? []), [tree.data]);
  const shown = useMemo(() => (keyword.trim() ? filterRows(rows, keyword.trim()) : rows), [rows, keyword]);
  // By default open everything above 街镇 (so the 街镇 list of each district shows); a search opens all matches.
  const defaultExpanded = useMemo(() => (keyword.trim() ? allKeys(shown) : allKeys(shown).filter((k) => k.length < 9)), [shown, keyword]);
  const expandedKeys = expanded ?? defaultExpanded;

  const columns: TableColumnsType<Row> = [
    {
      title: t('orgs.name'), dataIndex: 'name', className: 'col-org-name',
      render: (name: string, r) => (
        <Space size={6}>
          <span>{name}</span>
          {r.special && <Tag color="orange" data-testid="special-tag">{t('org.special')}</Tag>}
        </Space>
      ),
    },
    { title: t('orgs.code'), dataIndex: 'code', width: 140, className: 'mono' },
    { title: t('orgs.code12'), key: 'code12', width: 190, className: 'mono', render: (_: unknown, r) => divisionCode12(r.code) },
    { title: t('orgs.level'), dataIndex: 'level', width: 150, render: (l: OrgLevel) => <Tag color={LEVEL_COLORS[l]}>{t(`org.level.${l}`)}</Tag> },
    { title: t('orgs.children'), dataIndex: 'childCount', width: 110, align: 'right', render: (n: number) => (n ? formatNumber(n) : '—') },
  ];

  return (
    <PageContainer title={t('orgs.title')} breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.orgs') }]}>
      <Card className="table-card">
        <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Input.Search allowClear placeholder={t('orgs.search')} style={{ width: 260 }} onSearch={(v) => { setKeyword(v); setExpanded(null); }} />
            <Space size={6}><Switch size="small" checked={villages} onChange={(v) => { setVillages(v); setExpanded(null); }} />{t('orgs.showVillages')}</Space>
          </Space>
          <Space>
            <Typography.Text type="secondary">{t('orgs.count', { n: formatNumber(count(shown)) })}</Typography.Text>
            <Button size="small" onClick={() => setExpanded(allKeys(shown))}>{t('orgs.expandAll')}</Button>
            <Button size="small" onClick={() => setExpanded([])}>{t('orgs.collapseAll')}</Button>
          </Space>
        </Space>
        {tree.error ? <ErrorResult error={tree.error} onRetry={tree.reload} /> : (
          <Table<Row>
            rowKey="key"
            size="small"
            columns={columns}
            dataSource={shown}
            loading={tree.loading}
            pagination={false}
            expandable={{ expandedRowKeys: expandedKeys, onExpandedRowsChange: (keys) => setExpanded(keys), indentSize: 20 }}
            scroll={{ y: 'calc(100vh - 360px)' }}
          />
        )}
        <Space orientation="vertical" size={4} style={{ marginTop: 12 }}>
          <Alert type="info" showIcon title={t('orgs.specialHint')} />
          {source.data && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('orgs.source', source.data)}</Typography.Text>}
        </Space>
      </Card>
    </PageContainer>
  );
}
