// The current language for every component, switchable at run time.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { createI18n, LANGS, type I18n, type Lang } from './i18n.js';

interface I18nState extends I18n {
  toggleLang(): void;
}

const I18nContext = createContext<I18nState | null>(null);

export function I18nProvider({ initial, children }: { initial: Lang; children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initial);
  const value = useMemo<I18nState>(
    () => ({ ...createI18n(lang), toggleLang: () => setLang((l) => LANGS[(LANGS.indexOf(l) + 1) % LANGS.length]!) }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nState {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n must be used inside <I18nProvider>');
  return v;
}
