// 登记实名制人员: the resident ID is checked in the browser with the shared validator; server errors land on the
// field they name (e.g. 该身份证号码已登记 on residentId, 无权操作 on orgCode).
import { useState } from 'react';
import { App, Button, Card, Col, Form, Input, Row, Space } from 'antd';
import { parseResidentId } from '@renshe/shared';
import { useNavigate } from 'react-router-dom';
import { useUser } from '../../auth/AuthContext.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { useApiErrorHandler } from '../../components/useApiErrorHandler.ts';
import { useI18n } from '../../i18n/index.tsx';
import { personApi } from './api.ts';
import { PersonFormFields, toPersonBody, type PersonFormValues } from './PersonFormFields.tsx';
import { residentIdRule } from './validation.ts';

export default function PersonCreatePage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<PersonFormValues>();
  const [saving, setSaving] = useState(false);
  const residentId = Form.useWatch('residentId', form);
  const parsed = residentId ? parseResidentId(residentId) : null;

  const onFinish = async (v: PersonFormValues) => {
    setSaving(true);
    try {
      const created = await personApi.create({ ...toPersonBody(v), residentId: (v.residentId ?? '').trim().toUpperCase() });
      message.success(t('common.created'));
      navigate(`/registry/persons/${created.id}`, { replace: true });
    } catch (e) {
      onError(e, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageContainer
      title={t('registry.createTitle')}
      onBack={() => navigate('/registry/persons')}
      breadcrumb={[{ title: t('menu.home'), path: '/' }, { title: t('menu.registry'), path: '/registry/persons' }, { title: t('registry.create') }]}
    >
      <Card>
        <Form<PersonFormValues>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          scrollToFirstError
          style={{ maxWidth: 880 }}
          initialValues={{
            orgCode: user.orgCode.length === 9 ? user.orgCode : undefined,
            employmentStatus: 'employed', localHukou: true, keyGroups: [],
          }}
        >
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item
                name="residentId"
                label={t('registry.residentIdFull')}
                validateFirst
                validateDebounce={300}
                rules={[residentIdRule(lang)]}
                extra={parsed?.ok ? t('registry.derived', { birthDate: parsed.birthDate, sex: t(`sex.${parsed.sex}`) }) : undefined}
                required
              >
                <Input maxLength={18} allowClear className="mono" autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <PersonFormFields />
          <Form.Item style={{ marginBottom: 0 }}>
            <Space>
              <Button type="primary" htmlType="submit" loading={saving}>{t('common.submit')}</Button>
              <Button onClick={() => navigate('/registry/persons')}>{t('common.cancel')}</Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
    </PageContainer>
  );
}
