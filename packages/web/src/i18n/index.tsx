// Dictionary-based i18n: zh-CN first, English second. `useT()` gives `t(key, params)`; missing English falls back
// to Chinese, a missing key shows the key itself (so gaps are visible, not blank).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider, theme as antdTheme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { commonMessages } from './common.ts';
import { currentLang, storeLang } from './language.ts';
import type { Dictionary, Lang, Messages } from './types.ts';

export type { Lang, Messages, Dictionary } from './types.ts';
export { currentLang } from './language.ts';

export type TFunction = (key: string, params?: Record<string, string | number | null | undefined>) => string;

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: TFunction;
  /** Pick the text of the current language from a `{ 'zh-CN', en }` pair (ROLE_LABELS, validation messages …). */
  pick: (text: { 'zh-CN': string; en: string } | undefined | null) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function merge(all: Messages[], lang: Lang): Dictionary {
  return Object.assign({}, ...all.map((m) => m[lang]));
}

export function format(template: string, params?: Record<string, string | number | null | undefined>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (params[k] !== undefined && params[k] !== null ? String(params[k]) : whole));
}

function applyDayjsLocale(lang: Lang) {
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
}

export function I18nProvider({ messages, children }: { messages: Messages[]; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  const all = useMemo(() => [commonMessages, ...messages], [messages]);
  const zh = useMemo(() => merge(all, 'zh-CN'), [all]);
  const dict = useMemo(() => (lang === 'zh-CN' ? zh : { ...zh, ...merge(all, 'en') }), [all, zh, lang]);

  useEffect(() => {
    applyDayjsLocale(lang);
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    applyDayjsLocale(next);
    setLangState(next);
  }, []);

  const t = useCallback<TFunction>((key, params) => format(dict[key] ?? key, params), [dict]);
  const pick = useCallback((text: { 'zh-CN': string; en: string } | undefined | null) => (text ? text[lang] ?? text['zh-CN'] : ''), [lang]);
  const value = useMemo(() => ({ lang, setLang, t, pick }), [lang, setLang, t, pick]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider
        locale={lang === 'zh-CN' ? zhCN : enUS}
        theme={{
          algorithm: antdTheme.defaultAlgorithm,
          token: { colorPrimary: '#1677ff', borderRadius: 4, fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", -apple-system, "Segoe UI", Roboto, sans-serif' },
        }}
      >
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n must be used inside <I18nProvider>');
  return v;
}

export function useT(): TFunction {
  return useI18n().t;
}
