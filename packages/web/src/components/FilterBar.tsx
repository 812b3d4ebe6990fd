// Search form above a table (查询条件): fields in a responsive grid, 查询 / 重置 at the end, collapsible when long.
import { Children, useState, type ReactNode } from 'react';
import { Button, Card, Col, Form, Row, Space, type FormInstance } from 'antd';
import { DownOutlined, SearchOutlined, UpOutlined } from '@ant-design/icons';
import { useT } from '../i18n/index.tsx';

export function FilterBar<T extends object>({ form, initialValues, onSearch, onReset, children, visibleCount = 3 }: {
  form: FormInstance<T>;
  initialValues?: Partial<T>;
  onSearch: (values: T) => void;
  onReset?: () => void;
  children: ReactNode;
  /** Fields shown while collapsed. */
  visibleCount?: number;
}) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const fields = Children.toArray(children);
  const collapsible = fields.length > visibleCount;
  const shown = collapsible && !expanded ? fields.slice(0, visibleCount) : fields;
  return (
    <Card className="filter-bar" size="small">
      <Form form={form} layout="horizontal" labelCol={{ flex: '96px' }} initialValues={initialValues} onFinish={onSearch}
        onReset={() => onReset?.()}>
        <Row gutter={[16, 0]}>
          {shown.map((f, i) => <Col key={i} xs={24} md={12} xl={8}>{f}</Col>)}
          <Col flex="auto" style={{ textAlign: 'right', marginBottom: 16 }}>
            <Space>
              <Button htmlType="reset">{t('common.reset')}</Button>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>{t('common.search')}</Button>
              {collapsible && (
                <Button type="link" onClick={() => setExpanded((x) => !x)} style={{ paddingInline: 4 }}>
                  {expanded ? t('common.collapse') : t('common.expand')} {expanded ? <UpOutlined /> : <DownOutlined />}
                </Button>
              )}
            </Space>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
