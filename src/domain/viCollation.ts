/**
 * A stored sort key that orders strings the way `Intl.Collator('vi')` does, so a 100,000-lead
 * list can be read in Vietnamese order straight from an IndexedDB index (which compares code
 * units) instead of being sorted in memory. Levels, as in the Unicode collation algorithm:
 * primary = letters in the Vietnamese alphabet (a ă â b c d đ e ê …), secondary = tone marks
 * (none, huyền, hỏi, ngã, sắc, nặng), tertiary = case.
 */
export const VIETNAMESE_ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';

const TONES: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };
const MODIFIED: Record<string, string> = {
  'a\u0306': 'ă', 'a\u0302': 'â', 'e\u0302': 'ê', 'o\u0302': 'ô', 'o\u031b': 'ơ', 'u\u031b': 'ư',
};
const LETTER_CODE = new Map([...VIETNAMESE_ALPHABET].map((letter, index) => [letter, String.fromCharCode(0x41 + index)]));
/** Letters outside the alphabet (other scripts) sort after it, in code point order. */
const OTHER_LETTER_OFFSET = 0x100;

/** Combining marks all lie at U+0300 or above: the cheap test first (the key is built on every lead write). */
function isMark(char: string): boolean {
  return char.charCodeAt(0) >= 0x300 && /\p{M}/u.test(char);
}

export function vietnameseSortKey(text: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  const chars = [...text.trim().normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const raw = chars[i]!;
    if (isMark(raw)) continue;
    const lower = raw.toLowerCase();
    let letter = lower;
    let tone = '0';
    // Read the marks that follow: vowel modifiers make a new letter, tones go to the second level.
    while (i + 1 < chars.length && isMark(chars[i + 1]!)) {
      const mark = chars[++i]!;
      if (TONES[mark]) tone = TONES[mark];
      else letter = MODIFIED[letter + mark] ?? letter;
    }
    if (letter === 'đ' || letter === 'đ') letter = 'đ';
    const code = LETTER_CODE.get(letter);
    if (code) primary += code;
    else if (/\p{N}/u.test(letter)) primary += /[0-9]/.test(letter) ? letter : '9';
    else if (/\p{L}/u.test(letter)) primary += String.fromCodePoint(OTHER_LETTER_OFFSET + (letter.codePointAt(0) ?? 0));
    else if (/\s/u.test(letter)) {
      if (!primary.endsWith(' ')) primary += ' ';
      continue;
    } else primary += (letter.codePointAt(0) ?? 0) < 0x30 ? letter : '/';
    secondary += tone;
    tertiary += raw === lower ? '0' : '1';
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}
