import { foldText } from './fold';
import { VIETNAMESE_FAMILY_NAMES } from './vietnameseNames';

// One list of family names for filing and for reading names from email (mail/personName).
export { VIETNAMESE_FAMILY_NAMES };
import type { FileAsStyle } from './types';

export const FILE_AS_STYLES: readonly FileAsStyle[] = ['familyGiven', 'givenFamily', 'company', 'asWritten'];

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

export type NameLanguage = 'vi' | 'western';

/** Vietnamese when the name uses Vietnamese letters or starts with a common Vietnamese family name. */
export function nameLanguage(fullName: string): NameLanguage {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (VIETNAMESE_LETTERS.test(fullName)) return 'vi';
  const first = words[0] ? foldText(words[0]) : '';
  return words.length >= 2 && VIETNAMESE_FAMILY_NAMES.has(first) ? 'vi' : 'western';
}

const isFamilyName = (word: string | undefined) => Boolean(word) && VIETNAMESE_FAMILY_NAMES.has(foldText(word!));

/**
 * Whether a Vietnamese name is written in the Western order, given name first ("An Nguyễn", as
 * many write it in English mail): the last word is a family name and the first is not.
 */
function givenNameFirst(words: readonly string[]): boolean {
  return words.length >= 2 && !isFamilyName(words[0]) && isFamilyName(words[words.length - 1]);
}

/**
 * Vietnamese names written family name first are filed as written; western ones, and Vietnamese
 * ones written given name first, "Family, Given".
 */
export function defaultFileAsStyle(fullName: string): FileAsStyle {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  return nameLanguage(fullName) === 'vi' && !givenNameFirst(words) ? 'asWritten' : 'familyGiven';
}

export type NameParts = { family: string; given: string; middle: string };

export function splitName(fullName: string): NameParts {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { family: '', given: words[0] ?? '', middle: '' };
  if (nameLanguage(fullName) === 'vi' && !givenNameFirst(words)) {
    return { family: words[0]!, given: words[words.length - 1]!, middle: words.slice(1, -1).join(' ') };
  }
  return { family: words[words.length - 1]!, given: words[0]!, middle: words.slice(1, -1).join(' ') };
}

/** The text a lead is filed under. Falls back to the name when the chosen part is empty. */
export function fileAsText(fullName: string, company: string, style: FileAsStyle): string {
  const name = fullName.trim().replace(/\s+/g, ' ');
  const { family, given, middle } = splitName(name);
  switch (style) {
    case 'asWritten':
      return name || company.trim();
    case 'company':
      return company.trim() || name;
    case 'familyGiven':
      return family ? `${family}, ${[given, middle].filter(Boolean).join(' ')}` : name;
    case 'givenFamily':
      return family ? [given, middle, family].filter(Boolean).join(' ') : name;
  }
}
