// Fields shared by the create page and the edit dialog (everything but the resident ID, which cannot change).
import { Checkbox, Col, Form, Input, Row, Select, Switch } from 'antd';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { keyGroupOptions, statusOptions } from './labels.tsx';
import { mobileRule } from './validation.ts';

export interface PersonFormValues {
  orgCode: string;
  name: string;
  residentId?: string;
  mobile?: string;
  address?: string;
  localHukou: boolean;
  employmentStatus: string;
  keyGroups: string[];
}

export function PersonFormFields({ wide = true }: { wide?: boolean }) {
  const { t, lang } = useI18n();
  const span = wide ? 12 : 24;
  return (
    <Row gutter={24}>
      <Col xs={24} md={span}>
        <Form.Item name="name" label={t('registry.name')} rules={[{ required: true, whitespace: true, message: t('registry.nameRequired') }]}>
          <Input maxLength={50} allowClear />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="orgCode" label={t('registry.org')} rules={[{ required: true, message: t('registry.orgRequired') }]}>
          <OrgTreeSelect selectableLevels={['township']} allowClear={false} />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="mobile" label={t('registry.mobile')} rules={[mobileRule(lang)]}>
          <Input maxLength={20} allowClear inputMode="tel" />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="employmentStatus" label={t('registry.employmentStatus')} rules={[{ required: true }]}>
          <Select options={statusOptions(t)} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="address" label={t('registry.address')}>
          <Input maxLength={200} allowClear />
        </Form.Item>
      </Col>
      <Col xs={24} md={span}>
        <Form.Item name="localHukou" label={t('registry.localHukou')} valuePropName="checked">
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="keyGroups" label={t('registry.keyGroups')}>
          <Checkbox.Group options={keyGroupOptions(t)} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Form values → API body (empty optional strings become null). */
export function toPersonBody(v: PersonFormValues) {
  return {
    orgCode: v.orgCode,
    name: v.name.trim(),
    mobile: v.mobile?.trim() ? v.mobile.trim() : null,
    address: v.address?.trim() ? v.address.trim() : null,
    localHukou: !!v.localHukou,
    employmentStatus: v.employmentStatus,
    keyGroups: v.keyGroups ?? [],
  };
}
