import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslate, formatDateTime, type Locale, type Translate } from './translate';

export type I18n = { locale: Locale; t: Translate; formatDateTime: (epochMs: number) => string };

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ locale, t: createTranslate(locale), formatDateTime: (ms) => formatDateTime(locale, ms) }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
