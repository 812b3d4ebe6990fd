// Full-page results: 403, 404, "record not found or outside your unit", load errors.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';

export function ForbiddenResult() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result status="403" title={t('common.forbiddenTitle')} subTitle={t('common.forbidden')}
      extra={<Button type="primary" onClick={() => navigate('/')}>{t('common.backHome')}</Button>} />
  );
}

export function NotFoundResult() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result status="404" title={t('common.notFoundTitle')} subTitle={t('common.notFound')}
      extra={<Button type="primary" onClick={() => navigate('/')}>{t('common.backHome')}</Button>} />
  );
}

/** A record the API answers 404 for: either gone or belonging to another unit (the API does not say which). */
export function RecordNotFoundResult({ title, subTitle, backTo, backLabel }: { title: string; subTitle?: string; backTo: string; backLabel: string }) {
  const navigate = useNavigate();
  return (
    <Result status="404" title={title} subTitle={subTitle} data-testid="record-not-found"
      extra={<Button type="primary" onClick={() => navigate(backTo)}>{backLabel}</Button>} />
  );
}

export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (isApiError(error) && error.status === 403) return <ForbiddenResult />;
  const message = isApiError(error) ? error.message : error instanceof Error ? error.message : String(error);
  return (
    <Result status="error" title={t('common.loadFailed')} subTitle={message}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>} />
  );
}
