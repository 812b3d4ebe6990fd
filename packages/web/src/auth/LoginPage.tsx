// 工作人员登录. Shows the API's own message on failure (wrong password, account disabled, throttled …).
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useAuth } from './AuthContext.tsx';

function safeRedirect(target: string | null): string {
  // Only same-app paths: never an absolute URL or protocol-relative `//host`.
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/';
  return target;
}

export default function LoginPage() {
  const { t } = useI18n();
  const { user, login, expired } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const redirect = safeRedirect(params.get('redirect') ?? (location.state as { from?: string } | null)?.from ?? null);

  if (user) return <Navigate to={redirect} replace />;

  const onFinish = async (values: { username: string; password: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      navigate(redirect, { replace: true });
    } catch (e) {
      setError(isApiError(e) ? e.message : t('common.networkError'));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-lang"><LanguageSwitch dark /></div>
      <div className="login-box">
        <div className="login-brand">
          <SafetyCertificateOutlined className="login-logo" />
          <div>
            <div className="login-title">{t('app.fullName')}</div>
            <div className="login-subtitle">{t('app.bureau')}</div>
          </div>
        </div>
        <Card className="login-card" title={t('auth.loginTitle')}>
          {expired && !error && <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />}
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
          <Form layout="vertical" size="large" onFinish={onFinish} requiredMark={false} autoComplete="on">
            <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" maxLength={40} autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={200} />
            </Form.Item>
            <Form.Item style={{ marginBottom: 8 }}>
              <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
                {t('auth.login')}
              </Button>
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>{t('auth.loginHint')}</Typography.Paragraph>
        </Card>
      </div>
      <div className="login-footer">{t('app.footer')}</div>
    </div>
  );
}
