/** Sign-off phrases that close a message, in the languages LeadPane meets. Matched at a line's start. */
export const SIGN_OFFS = [
  'best regards', 'kind regards', 'warm regards', 'warmest regards', 'with regards', 'with best regards', 'with kind regards', 'regards', 'rgds', 'br',
  'best wishes', 'best', 'all the best', 'many thanks', 'thanks again', 'thanks and regards', 'thanks & regards', 'thanks', 'thank you', 'thankyou', 'thx', 'tks', 'ty',
  'cheers', 'sincerely', 'sincerely yours', 'yours sincerely', 'yours truly', 'yours faithfully', 'respectfully', 'yours', 'take care', 'talk soon', 'cordially', 'warmly', 'love',
  'trân trọng', 'trân trọng cảm ơn', 'thân ái', 'thân', 'thân mến', 'thanks & best regards', 'cảm ơn', 'xin cảm ơn', 'cám ơn', 'chân thành cảm ơn', 'kính thư', 'trân trọng kính chào',
  'cordialement', 'bien cordialement', 'bien à vous', 'salutations', 'meilleures salutations', 'amitiés', 'merci',
  'mit freundlichen grüßen', 'mit freundlichen grüssen', 'freundliche grüße', 'viele grüße', 'beste grüße', 'liebe grüße', 'grüße', 'gruß', 'mfg', 'lg', 'vg',
  'saludos', 'un saludo', 'atentamente', 'saludos cordiales', 'cordiali saluti', 'distinti saluti', 'saluti', 'grazie', 'atenciosamente', 'abraços', 'obrigado', 'obrigada',
  'met vriendelijke groet', 'met vriendelijke groeten', 'groeten', 'mvg', 'med vänliga hälsningar', 'vänliga hälsningar', 'hälsningar', 'mvh', 'med venlig hilsen', 'venlig hilsen',
  'vennlig hilsen', 'ystävällisin terveisin', 'terveisin', 'с уважением', 'спасибо', 'pozdrawiam', 'z poważaniem',
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SIGN_OFF_PHRASE = new RegExp(
  `^\\s*(?:[-–—]\\s*)?(?:${[...SIGN_OFFS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:\\s+(?:so much|a lot|again|very much|in advance|for everything|all|mates?|guys))?(?![\\p{L}])`,
  'iu',
);
/** A short capitalised name after a sign-off ("Thanks, John"), on text with single spaces (case-sensitive). */
const SIGN_OFF_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;
/** An emoji or a smiley closing the line. */
const CLOSING_EMOJI = /(?:\p{Extended_Pictographic}\uFE0F?|[:;]-?[)D])$/u;

/** The text without the characters of `chars` at its start and end: a loop, so a long run costs one pass. */
export function trimChars(text: string, chars: string, side: 'both' | 'end' = 'both'): string {
  let start = 0;
  let end = text.length;
  while (side === 'both' && start < end && chars.includes(text.charAt(start))) start += 1;
  while (end > start && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/** Whitespace characters for trimChars, as `\s` matches them. */
export const SPACES = ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * A sign-off line's name after the phrase ('' when it names nobody: "Thanks!", "Best,"), or null
 * when the line is no sign-off. Punctuation and a closing emoji after the phrase are dropped; what
 * is left must be a short capitalised name ("Thanks, John", "Cheers 🎉"), so "Regards to the team
 * about..." is a sentence, not a sign-off.
 */
function signOffName(line: string): string | null {
  if (line.length > 60) return null;
  const match = SIGN_OFF_PHRASE.exec(line);
  if (!match) return null;
  let text = line.slice(match[0].length).trim();
  if (CLOSING_EMOJI.test(text)) text = text.replace(CLOSING_EMOJI, '').trimEnd();
  text = trimChars(text, `${SPACES},.!`);
  text = trimChars(text, `${SPACES},.!;:…-`).replace(/\s+/g, ' ');
  return text === '' || SIGN_OFF_NAME.test(text) ? text : null;
}

/** A sign-off line: the phrase, optional punctuation, and at most a short name after it. */
export function isSignOffLine(line: string): boolean {
  return signOffName(line) !== null;
}

/** A sign-off line that names nobody ("Thanks!", "Best,"): alone at the end it closes the body, it is no signature. */
export function isBareSignOffLine(line: string): boolean {
  return signOffName(line) === '';
}

/** The standard delimiter (`-- `), a dash line, an em-dash line, or an underscore, `*****` or `=====` rule above a signature. */
export const SIGNATURE_DELIMITER = /^\s*(?:--\s*|-{2,}\s*|[—–]+\s*|_{2,}\s*|={2,}\s*|~{2,}\s*|\*{3,}\s*)$/;

/** A dash-name sign-off: "-Abhishek Kona", "— John", "--Bob". */
export const DASH_NAME_LINE = /^\s*(?:-{1,2}|[—–])\s?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s*$/u;

/** Lines that are contact details (phone, email, web, address), typical of a signature block. */
export const CONTACT_LINE =
  /(?:\+?\d[\d\s().-]{7,}\d)|@[\w.-]+\.\w{2,}|\bwww\.|https?:\/\/|\b(?:tel|phone|mobile|cell|fax|mob|direct|office|đt|điện thoại|di động|hotline|email|e-mail|web|website|skype|linkedin)\b\s*[.:]?/iu;

/** Job-title words, used both to recognise a signature block and to read the title from it. */
export const TITLE_WORDS =
  /\b(?:ceo|cto|cfo|coo|cio|cmo|president|vice president|vp|svp|evp|director|manager|engineer|developer|head of|lead|officer|founder|co-founder|owner|partner|principal|consultant|analyst|specialist|representative|rep|coordinator|assistant|administrator|architect|designer|trader|counsel|attorney|lawyer|accountant|executive|chairman|chairwoman|chair|secretary|supervisor|associate|advisor|adviser|intern|scientist|professor|researcher|product manager|account manager|sales|marketing|recruiter|editor|\p{L}{0,24}leiter(?:in)?|geschäftsführer(?:in)?|vorstand|prokurist|directeur|directrice|responsable|gérant|ingénieur|gerente|jefe|directora|ingeniero|giám đốc|phó giám đốc|tổng giám đốc|trưởng phòng|phó phòng|trưởng nhóm|chủ tịch|kỹ sư|nhân viên|quản lý|kế toán|chuyên viên|trợ lý|thư ký|điều hành)\b/iu;

/** Company-name suffixes and markers: the one list in domain/. */
export { COMPANY_WORDS } from '../domain/companyNames';
