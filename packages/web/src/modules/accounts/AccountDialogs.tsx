// Dialogs of 账号管理: new account, 调整机构 (re-scope), 重置密码.
import { useState } from 'react';
import { Alert, App, Descriptions, Form, Input, Modal, Select } from 'antd';
import { ROLE_LABELS, STAFF_ROLES, type Role } from '@renshe/shared';
import type { Rule } from 'antd/es/form';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { useApiErrorHandler } from '../../components/useApiErrorHandler.ts';
import { useI18n, type TFunction } from '../../i18n/index.tsx';
import { mobileRule } from '../registry/validation.ts';
import { accountApi, type Account } from './api.ts';

const USERNAME_RE = /^[A-Za-z0-9_.-]{3,40}$/;

export function passwordRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('accounts.passwordRule') },
    {
      validator: async (_r, v: string | undefined) => {
        if (v && (v.length < 10 || !/[A-Za-z]/.test(v) || !/\d/.test(v))) throw new Error(t('accounts.passwordRule'));
      },
    },
  ];
}

function confirmRule(t: TFunction, field: string): Rule {
  return ({ getFieldValue }) => ({
    validator: async (_r, v: string | undefined) => {
      if (v && v !== getFieldValue(field)) throw new Error(t('accounts.passwordMismatch'));
    },
  });
}

export function roleOptions(pick: (x: { 'zh-CN': string; en: string }) => string, roles: readonly Role[]) {
  return roles.map((r) => ({ value: r, label: pick(ROLE_LABELS[r]) }));
}

interface CreateValues { username: string; displayName: string; role: Role; orgCode: string; password: string; confirm: string; mobile?: string }

export function CreateAccountModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (a: Account) => void }) {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<CreateValues>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const a = await accountApi.create({
        username: v.username.trim(), displayName: v.displayName.trim(), role: v.role, orgCode: v.orgCode, password: v.password,
        mobile: v.mobile?.trim() ? v.mobile.trim() : null,
      });
      message.success(t('common.created'));
      onCreated(a);
    } catch (e) {
      onError(e, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('accounts.create')} onCancel={onClose} onOk={submit} confirmLoading={saving} width={560}
      okText={t('common.submit')} cancelText={t('common.cancel')} destroyOnHidden>
      <Form<CreateValues> form={form} layout="vertical" preserve={false} autoComplete="off">
        <Form.Item name="username" label={t('accounts.username')} rules={[
          { required: true, message: t('accounts.usernameRule') },
          { pattern: USERNAME_RE, message: t('accounts.usernameRule') },
        ]}>
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('accounts.displayName')} rules={[{ required: true, whitespace: true, message: t('accounts.displayNameRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('accounts.role')} rules={[{ required: true, message: t('accounts.roleRequired') }]}>
          <Select options={roleOptions(pick, STAFF_ROLES)} placeholder={t('common.pleaseSelect')} />
        </Form.Item>
        <Form.Item name="orgCode" label={t('accounts.org')} rules={[{ required: true, message: t('accounts.orgRequired') }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="password" label={t('accounts.password')} rules={passwordRules(t)} extra={t('accounts.passwordRule')}>
          <Input.Password maxLength={200} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('accounts.confirmPassword')} dependencies={['password']}
          rules={[{ required: true, message: t('accounts.passwordMismatch') }, confirmRule(t, 'password')]}>
          <Input.Password maxLength={200} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="mobile" label={t('accounts.mobile')} rules={[mobileRule(lang)]}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RescopeModal({ account, onClose, onSaved, onReload }: {
  account: Account; onClose: () => void; onSaved: (a: Account) => void; onReload: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ orgCode: string }>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const a = await accountApi.update(account.id, { orgCode: v.orgCode, version: account.version });
      message.success(t('accounts.rescopedOk', { name: a.displayName, org: a.orgName ?? a.orgCode }));
      onSaved(a);
    } catch (e) {
      onError(e, { form, onReload: () => { onClose(); onReload(); } });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={t('accounts.rescopeTitle', { name: account.displayName })} onCancel={onClose} onOk={submit}
      confirmLoading={saving} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <Alert type="warning" showIcon title={t('accounts.rescopeHint')} style={{ marginBottom: 16 }} />
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }} items={[
        { key: 'cur', label: t('accounts.currentOrg'), children: <>{account.orgName ?? '—'} <span className="org-code">{account.orgCode}</span></> },
      ]} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ orgCode: account.orgCode }}>
        <Form.Item name="orgCode" label={t('accounts.newOrg')} rules={[{ required: true, message: t('accounts.orgRequired') }]}>
          <OrgTreeSelect allowClear={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await accountApi.resetPassword(account.id, v.password);
      message.success(t('accounts.resetOk', { name: account.displayName }));
      onClose();
    } catch (e) {
      onError(e, { form });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={t('accounts.resetTitle', { name: account.displayName })} onCancel={onClose} onOk={submit}
      confirmLoading={saving} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <Alert type="info" showIcon title={t('accounts.resetHint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" preserve={false} autoComplete="off">
        <Form.Item name="password" label={t('accounts.newPassword')} rules={passwordRules(t)} extra={t('accounts.passwordRule')}>
          <Input.Password maxLength={200} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('accounts.confirmPassword')} dependencies={['password']}
          rules={[{ required: true, message: t('accounts.passwordMismatch') }, confirmRule(t, 'password')]}>
          <Input.Password maxLength={200} autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
