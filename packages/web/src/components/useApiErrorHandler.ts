// One way to report a failed write: a server error naming a form field goes onto that field, a version conflict
// asks the user to reload, anything else is a toast with the API's message (already in the UI language).
import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';

export interface ErrorHandlingOptions {
  /** Form whose fields the server's `field` may name. */
  form?: FormInstance;
  /** Map API field names to form field names where they differ. */
  fieldMap?: Record<string, string>;
  /** Reload action offered on 409 VERSION_CONFLICT. */
  onReload?: () => void;
}

export function useApiErrorHandler() {
  const { message, modal } = App.useApp();
  const t = useT();
  return useCallback((e: unknown, opts: ErrorHandlingOptions = {}) => {
    if (!isApiError(e)) {
      console.error(e);
      message.error(e instanceof Error ? e.message : String(e));
      return;
    }
    if (e.isVersionConflict) {
      modal.confirm({
        title: t('common.versionConflictTitle'),
        content: e.message || t('common.versionConflict'),
        okText: t('common.reload'),
        cancelText: t('common.cancel'),
        onOk: () => opts.onReload?.(),
      });
      return;
    }
    if (opts.form && e.field) {
      const name = opts.fieldMap?.[e.field] ?? e.field;
      const path = name.split('.');
      if (hasField(opts.form, path)) {
        opts.form.setFields([{ name: path, errors: [e.message] }]);
        opts.form.scrollToField(path);
        return;
      }
    }
    message.error(e.message);
  }, [message, modal, t]);
}

/** Whether the form has a field registered under `path` (only those can show the server's message). */
function hasField(form: FormInstance, path: string[]): boolean {
  if (form.getFieldInstance(path) !== undefined) return true;
  const registered = form.getFieldsValue() as Record<string, unknown>;
  return Object.prototype.hasOwnProperty.call(registered, path[0]!);
}
