import { foldText } from '../domain/fold';
import { VIETNAMESE_MIDDLE_NAMES, isVietnameseFamilyName } from '../domain/vietnameseNames';

/** A person's name split into its parts; `order` says which reading was used. */
export type PersonName = {
  fullName: string;
  givenName: string | null;
  familyName: string | null;
  order: 'vietnamese' | 'western' | 'single';
};

/** Courtesy titles and honorifics (English, French, German, Spanish, Vietnamese) dropped from names. */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'mme', 'mlle', 'm',
    'herr', 'frau', 'sr', 'sra', 'srta', 'don', 'dona', 'ing', 'eng',
    'anh', 'chị', 'em', 'ông', 'bà', 'cô', 'chú', 'bác', 'thầy', 'ts', 'ths', 'pgs', 'gs', 'ks',
  ].map(foldText),
);

/** Degrees and post-nominals dropped from the end of a name, written without dots and lower case. */
const POST_NOMINALS: ReadonlySet<string> = new Set(['phd', 'md', 'mba', 'cpa', 'esq', 'pe', 'cfa', 'pmp', 'msc', 'bsc', 'ma', 'ba']);
/** Two-letter ones (MD, PE, MA, BA) are also name words ("Nguyễn Văn Ba"): dropped only in capitals or with dots. */
function isPostNominal(word: string): boolean {
  const written = word.replace(/,/g, '');
  const bare = written.replace(/\./g, '');
  if (!POST_NOMINALS.has(bare.toLowerCase())) return false;
  return bare.length > 2 || written.includes('.') || /^[A-Z]{2}$/.test(bare);
}

/** Words of the name without the degrees at its end (`Jane Doe, PhD, MBA` -> Jane, Doe). */
function withoutPostNominals(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length > 1 && isPostNominal(words[words.length - 1] ?? '')) words.pop();
  const last = words.length - 1;
  if (last >= 0) words[last] = (words[last] ?? '').replace(/,$/, '');
  return words;
}

/** Particles that belong to a Western family name (Ludwig van Beethoven). */
const FAMILY_PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'du', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'bin', 'al']);

/** Vietnamese family names that are also common Western words or given names. */
const AMBIGUOUS_FAMILY_NAMES = new Set(['la', 'le', 'mai', 'kim', 'chu', 'cao', 'ha', 'lam', 'tu', 'van', 'thai', 'giang', 'quan', 'han', 'au', 'vien', 'ho', 'tang', 'dong', 'ton']);

const LETTER_WORD = /^[\p{L}][\p{L}\p{M}'’.-]*$/u;

/** Title-cases one word, keeping hyphen and apostrophe parts (`O'NEIL` -> `O'Neil`). */
export function titleCaseWord(word: string): string {
  return word
    .toLocaleLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase());
}

/** True when every letter of the text is upper case and there are at least two letters. */
function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase();
}

function isAllLower(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleLowerCase() && letters !== letters.toLocaleUpperCase();
}

/** Normalises case: `JOHN SMITH` and `john smith` become `John Smith`; mixed case is kept as written. */
export function normaliseNameCase(name: string): string {
  if (!isShouting(name) && !isAllLower(name)) return name;
  return name
    .split(' ')
    .map((word) => (/^(?:[ivx]+|[a-z]\.)$/i.test(word) && word.length <= 3 && /[.]|^(?:ii|iii|iv)$/i.test(word) ? word.toUpperCase() : titleCaseWord(word)))
    .join(' ');
}

/** Drops trailing degrees and post-nominals (`, PhD`, ` MBA`). */
export function stripPostNominals(name: string): string {
  return withoutPostNominals(name.trim()).join(' ');
}

/** Drops leading courtesy titles (`Dr.`, `Mr`, `Anh`, `Chị`) and trailing degrees (`, PhD`). */
export function stripTitles(name: string): string {
  let words = withoutPostNominals(name);
  while (words.length > 1 && NAME_TITLES.has(foldText((words[0] ?? '').replace(/\.$/, '')))) words = words.slice(1);
  return words.join(' ');
}

/** True when the words read like a person's name: 1-5 letter words, no digits or '@'. */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  return words.every((word, index) => LETTER_WORD.test(word) && (/^\p{Lu}/u.test(word) || (index > 0 && FAMILY_PARTICLES.has(word))));
}

/**
 * Splits a cleaned name into given and family names. Vietnamese names put the family name
 * first (Nguyễn Văn An: family Nguyễn, given Văn An); Western names put it last, with particles.
 */
export function splitPersonName(fullName: string): PersonName {
  const words = fullName.split(/\s+/).filter(Boolean);
  if (words.length === 0) return { fullName, givenName: null, familyName: null, order: 'single' };
  if (words.length === 1) return { fullName, givenName: words[0] ?? null, familyName: null, order: 'single' };
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const hasDiacritics = foldText(fullName) !== fullName.toLowerCase();
  // "An Nguyen" (Western order, common in English mail) has the family name last, not first.
  const westernVietnamese = !isVietnameseFamilyName(first) && isVietnameseFamilyName(last);
  // Two plain-ASCII words starting with a name that is also a Western given name (Kim Smith) stay Western.
  const ambiguous = words.length === 2 && !hasDiacritics && AMBIGUOUS_FAMILY_NAMES.has(foldText(first)) && !isVietnameseFamilyName(last);
  const vietnameseMiddle = words.length >= 3 && VIETNAMESE_MIDDLE_NAMES.has(foldText(words[1] ?? ''));
  if (isVietnameseFamilyName(first) && !westernVietnamese && (!ambiguous || vietnameseMiddle)) {
    return { fullName, familyName: first, givenName: words.slice(1).join(' '), order: 'vietnamese' };
  }
  let familyStart = words.length - 1;
  while (familyStart > 1 && FAMILY_PARTICLES.has((words[familyStart - 1] ?? '').toLowerCase())) familyStart -= 1;
  return { fullName, givenName: first, familyName: words.slice(familyStart).join(' '), order: 'western' };
}
