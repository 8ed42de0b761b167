/**
 * Unicode format characters (category Cf) are invisible, and some reorder what follows them: a
 * right-to-left override (U+202E) shows `Evan \u202Efdp.exe` as "Evan exe.pdf". In a name they
 * also make two equal names differ (a zero-width space breaks the duplicate key and search).
 * So names, companies, contact details and search keys keep none of them, and mail text keeps
 * only the joiners (U+200C/U+200D), which emoji and some scripts need and which reorder nothing.
 */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
const FORMAT_CHARACTERS_BUT_JOINERS = /(?![\u200C\u200D])\p{Cf}/gu;

/** For names, companies, titles, addresses, emails, phones and search keys. */
export function withoutFormatCharacters(text: string): string {
  return text.replace(FORMAT_CHARACTERS, '');
}

/** For running text (email bodies): bidi controls and invisible characters go, joiners stay. */
export function withoutReorderingCharacters(text: string): string {
  return text.replace(FORMAT_CHARACTERS_BUT_JOINERS, '');
}
