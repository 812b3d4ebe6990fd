// The current UI language lives here (outside React) so the API client can send it as Accept-Language.
import { DEFAULT_LANG, type Lang } from './types.ts';

const STORAGE_KEY = 'renshe.lang';

function readStored(): Lang {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'zh-CN' ? v : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

let current: Lang = typeof window === 'undefined' ? DEFAULT_LANG : readStored();

export function currentLang(): Lang {
  return current;
}

export function storeLang(lang: Lang): void {
  current = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
}
