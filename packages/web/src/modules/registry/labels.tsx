// Tags and select options for the registry's code lists.
import { Space, Tag } from 'antd';
import type { TFunction } from '../../i18n/index.tsx';
import { EMPLOYMENT_STATUSES, KEY_GROUP_COLORS, KEY_GROUPS, STATUS_COLORS } from './constants.ts';

export function StatusTag({ status, t }: { status: string; t: TFunction }) {
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{t(`registry.status.${status}`)}</Tag>;
}

export function KeyGroupTags({ groups, t }: { groups: string[]; t: TFunction }) {
  if (!groups.length) return <span style={{ color: 'rgba(0,0,0,.25)' }}>—</span>;
  return (
    <Space size={[0, 4]} wrap>
      {groups.map((g) => <Tag key={g} color={KEY_GROUP_COLORS[g] ?? 'default'}>{t(`registry.group.${g}`)}</Tag>)}
    </Space>
  );
}

export const statusOptions = (t: TFunction) => EMPLOYMENT_STATUSES.map((s) => ({ value: s, label: t(`registry.status.${s}`) }));
export const keyGroupOptions = (t: TFunction) => KEY_GROUPS.map((g) => ({ value: g, label: t(`registry.group.${g}`) }));
