import { en } from '../en';
import { createTranslate, localeFromLanguageTag } from '../translate';
import { vi } from '../vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('should have a Vietnamese string for every English key, with the same placeholders', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect({ key, placeholders: placeholders(vi[key]) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });

  it('should have no empty strings', () => {
    for (const catalogue of [en, vi]) {
      for (const [key, text] of Object.entries(catalogue)) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });
});

describe('translate', () => {
  it.each([
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['VI-vn', 'vi'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('should map the language tag %s to %s', (tag, locale) => {
    expect(localeFromLanguageTag(tag)).toBe(locale);
  });

  it('should fill placeholders and format numbers in the locale', () => {
    expect(createTranslate('en')('leads.count', { count: 12345 })).toBe('12,345 leads');
    expect(createTranslate('vi')('leads.count', { count: 12345 })).toBe('12.345 khách hàng');
  });
});
