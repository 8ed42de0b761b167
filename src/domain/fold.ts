import { withoutFormatCharacters } from './formatCharacters';

/**
 * Folding for search: lower-case, strip combining marks, and map the letters that
 * Unicode does not decompose (Vietnamese đ/Đ) so `nguyen` finds `Nguyễn` and `dang` finds `Đặng`.
 */
const UNDECOMPOSED: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** Printable ASCII folds to its lower case alone (most imported data); anything else takes the full path. */
const NON_ASCII = /[^\u0020-\u007e]/;

export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return withoutFormatCharacters(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đðøłßæœı]/g, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFC');
}

/** Folded words of the given texts, de-duplicated, in first-seen order. */
export function foldedWords(...texts: Array<string | null | undefined>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
      if (word) words.add(word);
    }
  }
  return [...words];
}

/** `Công ty  TNHH Sao Việt` and `cong ty tnhh sao viet` are the same name: the folded words, one space apart. */
export function foldedName(text: string): string {
  return foldedWords(text).join(' ');
}
