import { en, type MessageKey, type Messages } from './en';
import { singularEn } from './plural.en';
import { vi } from './vi';

export type Locale = 'en' | 'vi';
export const CATALOGUES: Record<Locale, Messages> = { en, vi };
/** Forms for a `count` the locale's plural rules call "one"; absent keys use the catalogue's. */
const SINGULARS: Record<Locale, Partial<Record<MessageKey, string>>> = { en: singularEn, vi: {} };

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Office gives `vi-VN`, browsers `vi` or `vi-VN`: anything Vietnamese is vi, the rest English. */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  return tag && /^vi\b/i.test(tag) ? 'vi' : 'en';
}

const translators = new Map<Locale, Translate>();

/** One translator per locale: building Intl formatters is slow, and the pane asks on every render. */
export function createTranslate(locale: Locale): Translate {
  const cached = translators.get(locale);
  if (cached) return cached;
  const translate = buildTranslate(locale);
  translators.set(locale, translate);
  return translate;
}

function buildTranslate(locale: Locale): Translate {
  // A locale from outside the type (an old build, a bad row) falls back to English instead of crashing.
  const catalogue = CATALOGUES[locale] ?? en;
  const singulars = SINGULARS[locale];
  const numberFormat = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US');
  const pluralRules = new Intl.PluralRules(locale);
  return (key, params) => {
    const singular = typeof params?.count === 'number' && pluralRules.select(params.count) === 'one' ? singulars[key] : undefined;
    const template = singular ?? catalogue[key] ?? en[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });
  };
}

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(locale: Locale, epochMs: number): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(epochMs);
}
