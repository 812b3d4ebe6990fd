// Page frame used by every module page: title row (with back button / breadcrumb / actions) and the content below.
import { useEffect, type ReactNode } from 'react';
import { Breadcrumb, Button, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/index.tsx';

export interface Crumb { title: ReactNode; path?: string }

export function PageContainer({ title, subTitle, extra, breadcrumb, onBack, children, documentTitle }: {
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  breadcrumb?: Crumb[];
  onBack?: () => void;
  children?: ReactNode;
  /** Browser tab title; defaults to `title` when it is a string. */
  documentTitle?: string;
}) {
  const t = useT();
  useEffect(() => {
    const text = documentTitle ?? (typeof title === 'string' ? title : undefined);
    document.title = text ? `${text} - ${t('app.name')}` : t('app.fullName');
  }, [documentTitle, title, t]);
  return (
    <div className="page-container">
      <div className="page-header">
        {breadcrumb && breadcrumb.length > 0 && (
          <Breadcrumb
            className="page-breadcrumb"
            items={breadcrumb.map((c) => ({ title: c.path ? <Link to={c.path}>{c.title}</Link> : c.title }))}
          />
        )}
        <div className="page-heading">
          <Space size={8} align="center">
            {onBack && <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('common.back')} />}
            <Typography.Title level={4} style={{ margin: 0 }}>{title}</Typography.Title>
            {subTitle && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
          </Space>
          {extra && <Space wrap>{extra}</Space>}
        </div>
      </div>
      <div className="page-body">{children}</div>
    </div>
  );
}
