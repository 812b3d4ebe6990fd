// Client-side checks with the same validators the server uses (@renshe/shared), messages in the UI language.
import type { Rule } from 'antd/es/form';
import { parseMobile, parseResidentId, validationMessage, type Lang } from '@renshe/shared';

export function residentIdRule(lang: Lang): Rule {
  return {
    validator: async (_rule, value: string | undefined) => {
      const r = parseResidentId(value ?? '');
      if (!r.ok) throw new Error(validationMessage('residentId', r.reason, lang));
    },
  };
}

/** Optional mobile number: empty is fine, anything else must be a mainland mobile number. */
export function mobileRule(lang: Lang): Rule {
  return {
    validator: async (_rule, value: string | undefined | null) => {
      if (!value || !value.trim()) return;
      const r = parseMobile(value);
      if (!r.ok) throw new Error(validationMessage('mobile', r.reason, lang));
    },
  };
}
