import { en } from '../en';
import { singularEn } from '../plural.en';
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
    expect(createTranslate('vi')('leads.count', { count: 12345 })).toBe('12.345 khách hàng tiềm năng');
  });

  it('should say "1 lead" in English and keep the one Vietnamese form', () => {
    const en = createTranslate('en');
    expect(en('workflow.massEdit.done', { count: 1, unchanged: 0, skipped: 2 })).toBe('1 lead changed (0 already had this value, 2 skipped).');
    expect(en('workflow.massEdit.done', { count: 0, unchanged: 0, skipped: 2 })).toBe('0 leads changed (0 already had this value, 2 skipped).');
    expect(en('workflow.massEdit.apply', { count: 1 })).toBe('Apply to 1 lead');
    expect(createTranslate('vi')('workflow.massEdit.apply', { count: 1 })).toBe('Áp dụng cho 1 khách hàng tiềm năng');
  });

  it('should give each English singular the placeholders of its plural, less the count', () => {
    for (const [key, text] of Object.entries(singularEn) as Array<[keyof typeof en, string]>) {
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(en[key]).filter((p) => p !== 'count') });
    }
  });

  it('should never put a number before a plural noun without a singular form ("1 leads")', () => {
    // A count followed by a plural noun is picked by Intl.PluralRules only for `{count}` with a
    // singular in plural.en.ts; any other number reads as a label instead ("Leads removed: {n}").
    const nounAfterNumber = /\{(\w+)\} (leads|rows|records|contacts|accounts|opportunities|people|teams|members|items|emails|criteria|changes)\b/g;
    for (const [key, text] of Object.entries(en) as Array<[keyof typeof en, string]>) {
      for (const [, param] of text.matchAll(nounAfterNumber)) {
        expect({ key, param, singular: param === 'count' && key in singularEn }).toEqual({ key, param: 'count', singular: true });
      }
    }
  });
});
