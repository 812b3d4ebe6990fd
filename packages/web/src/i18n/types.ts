import type { Lang } from '@renshe/shared';

export type { Lang };

/** A flat dictionary: key → text. `{name}` placeholders are filled from the params given to `t`. */
export type Dictionary = Record<string, string>;

/** Messages of one module (or of the app shell) in both languages. zh-CN is the reference; en may lag behind. */
export interface Messages {
  'zh-CN': Dictionary;
  en: Dictionary;
}

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const DEFAULT_LANG: Lang = 'zh-CN';
