import { createContext, useCallback, useContext, type ReactNode } from 'react';

/** Interface languages: Simplified Chinese (default) and English. */
export type Lang = 'zh-CN' | 'en';

/** Each language under its own name (the same in every interface language), for language switches. */
export const LANG_NAMES = { 'zh-CN': '简体中文', en: 'English' } as const satisfies Record<Lang, string>;

/** A message catalogue: one entry per key in each language; `{name}` placeholders are filled by `t`. */
export type Catalog<K extends string = string> = Record<Lang, Record<K, string>>;

const LangContext = createContext<Lang>('zh-CN');

/** Provides the current language to every microfrontend below it. */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/**
 * Fills `{name}` placeholders; `{name?one|other}` picks the English singular when the value is 1
 * (Chinese has no plural forms, so its messages need none).
 * @example
 * format('{n} {n?row|rows}', { n: 1 }) // '1 row'
 */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template
    .replace(/\{(\w+)\?([^|}]*)\|([^}]*)\}/g, (m, k: string, one: string, other: string) =>
      k in params ? (Number(params[k]) === 1 ? one : other) : m,
    )
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/**
 * A translator for one catalogue in the current language; unknown keys fall back to Chinese, then to the key.
 * @example
 * const t = useT(messages); t('title'); t('count', { n: 3 });
 */
export function useT<K extends string>(catalog: Catalog<K>) {
  const lang = useLang();
  return useCallback(
    (key: K, params?: Record<string, string | number>) => format(catalog[lang][key] ?? catalog['zh-CN'][key] ?? key, params),
    [catalog, lang],
  );
}

/** Number formatting in the current language (thousands separators; percentages with one decimal). */
export function useFormat() {
  const lang = useLang();
  return {
    n: (v: number | null | undefined) => (v == null ? '—' : new Intl.NumberFormat(lang).format(v)),
    pct: (v: number | null | undefined) =>
      v == null ? '—' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v),
  };
}
