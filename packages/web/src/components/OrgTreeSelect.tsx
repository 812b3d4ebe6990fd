// Org-unit picker (TreeSelect over GET /orgs/tree). Shows each unit's name, its code, and a 特殊区域 tag.
import { useMemo } from 'react';
import { Tag, TreeSelect } from 'antd';
import { DEFAULT_TREE_LEVELS, fetchOrgTree, fetchOrgs, type OrgLevel, type OrgTreeNode } from '../api/orgs.ts';
import { useRequest } from '../api/useRequest.ts';
import { useT } from '../i18n/index.tsx';

interface TreeOption { value: string; title: React.ReactNode; label: string; children?: TreeOption[]; selectable?: boolean }

function toOptions(nodes: OrgTreeNode[], specialLabel: string, selectableLevels?: OrgLevel[]): TreeOption[] {
  return nodes.map((n) => ({
    value: n.code,
    label: n.name,
    title: (
      <span>
        {n.name} <span className="org-code">{n.code}</span>
        {n.special && <Tag color="orange" style={{ marginInlineStart: 6 }}>{specialLabel}</Tag>}
      </span>
    ),
    selectable: !selectableLevels || selectableLevels.includes(n.level),
    children: n.children.length ? toOptions(n.children, specialLabel, selectableLevels) : undefined,
  }));
}

export function OrgTreeSelect({ value, onChange, levels = DEFAULT_TREE_LEVELS, selectableLevels, placeholder, allowClear = true, style, id }: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  levels?: OrgLevel[];
  /** Only units of these levels can be picked (others still show as branches). */
  selectableLevels?: OrgLevel[];
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
}) {
  const t = useT();
  const { data, loading } = useRequest(() => fetchOrgTree(levels), [levels.join(',')]);
  const treeData = useMemo(() => toOptions(data ?? [], t('org.special'), selectableLevels), [data, t, selectableLevels]);
  const expanded = useMemo(() => (data ?? []).flatMap((n) => [n.code, ...n.children.filter((c) => c.level !== 'township').map((c) => c.code)]), [data]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={treeData}
      loading={loading}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'label' }}
      treeNodeLabelProp="label"
      placeholder={placeholder ?? t('org.select')}
      treeDefaultExpandedKeys={expanded}
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto', minWidth: 320 } } }}
    />
  );
}

/** Plain select of the visible 街镇 (GET /orgs?level=township), for list filters. */
export function TownshipSelect({ value, onChange, placeholder, id }: { value?: string; onChange?: (v: string | undefined) => void; placeholder?: string; id?: string }) {
  const t = useT();
  const { data, loading } = useRequest(() => fetchOrgs(['township']), []);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      loading={loading}
      allowClear
      showSearch={{ treeNodeFilterProp: 'label' }}
      treeNodeLabelProp="label"
      placeholder={placeholder ?? t('common.all')}
      treeData={(data ?? []).map((o) => ({
        value: o.code, label: o.name,
        title: <span>{o.name}{o.special && <Tag color="orange" style={{ marginInlineStart: 6 }}>{t('org.special')}</Tag>}</span>,
      }))}
      style={{ width: '100%' }}
    />
  );
}
