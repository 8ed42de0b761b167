import { foldText } from '../domain/fold';
import { COMPANY_WORDS } from '../domain/companyNames';
import { SPACES, trimChars } from './signaturePatterns';
import { normaliseNameCase, splitPersonName, stripPostNominals, stripTitles, titleCaseWord, type PersonName } from './personName';

/** How sure a name read from the display name is; the local-part guess sits below GUESS_CONFIDENCE. */
export const DISPLAY_NAME_CONFIDENCE = 0.9;
export const LOCAL_PART_CONFIDENCE = 0.3;

export type SenderName = {
  name: PersonName | null;
  /** A company named in the display name: `John Smith (Contoso)`, `John Smith | Contoso`. */
  companyHint: string | null;
  confidence: number;
  source: 'displayName' | 'localPart' | 'none';
};

/** Local parts that name a role or a mailbox, not a person. */
const ROLE_LOCAL_PARTS = /^(?:info|sales|support|admin|contact|hello|hi|office|team|noreply|no-reply|donotreply|do-not-reply|mail|email|enquiries|inquiries|billing|accounts?|hr|jobs|careers|marketing|service|webmaster|postmaster|news|newsletter|notifications?|lienhe|hotro|kinhdoanh)$/i;

/** Company words (the one list in domain/) and display-name-only ones show `Person, Company`, not `Last, First`. */
const isCompanyPart = (text: string): boolean => COMPANY_WORDS.test(text) || /\b(?:co|sa|team)\b/i.test(text);

/** A display name longer than this is not a name; only its start is read. */
export const MAX_DISPLAY_NAME_CHARS = 200;

function cleanDisplayName(raw: string): string {
  return trimChars(raw.slice(0, MAX_DISPLAY_NAME_CHARS).replace(/[\u200B-\u200D\uFEFF]/g, ''), `${SPACES}"'“”‘’`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** `Name (Company)` / `Name [Company]`: the text before the last bracket pair closing the name, and its inside. */
function splitBracket(name: string): [string, string] | null {
  const close = name.charAt(name.length - 1);
  const open = close === ')' ? '(' : close === ']' ? '[' : null;
  if (!open) return null;
  const at = Math.max(name.lastIndexOf('('), name.lastIndexOf('['));
  if (at < 0 || name.charAt(at) !== open) return null;
  const inner = name.slice(at + 1, -1);
  if (!inner || /[)\]]/.test(inner)) return null;
  return [name.slice(0, at).trim(), inner];
}

/** `Name | Company`, `Name - Company`: split at the first spaced separator. */
function splitPiped(name: string): [string, string] | null {
  const match = /(?<!\s)\s+[|–—-]\s+/.exec(name);
  if (!match || match.index === 0) return null;
  const left = name.slice(0, match.index).trim();
  const right = name.slice(match.index + match[0].length).trim();
  return left && right ? [left, right] : null;
}

/**
 * Reads the sender's name from a display name in any common shape: `"Nguyễn Văn An"`,
 * `Smith, John`, `JOHN SMITH`, `John Smith (Contoso)`, `Dr. Jane Doe`, `Anh Tuấn`; falls back
 * to the address's local part (`john.smith@` -> John Smith) with low confidence.
 */
export function parseSenderName(displayName: string, address: string): SenderName {
  let name = cleanDisplayName(displayName);
  let companyHint: string | null = null;
  // Lotus Notes / Exchange decorate names with a routing address: `Allen, Phillip K. </O=ENRON/...>`.
  if (name.endsWith('>') && name.lastIndexOf('<') >= 0) name = name.slice(0, name.lastIndexOf('<')).trim();
  const via = /\svia\s/i.exec(name);
  if (via && via.index > 0) name = name.slice(0, via.index).trim();
  const bracket = splitBracket(name);
  if (bracket && bracket[0]) {
    name = bracket[0];
    const inner = bracket[1].trim();
    if (!/@/.test(inner) && !/^(?:via|by|on behalf)/i.test(inner)) companyHint = inner;
  }
  const piped = splitPiped(name);
  if (piped && !companyHint) {
    name = piped[0];
    companyHint = piped[1];
  }
  if (name.includes('@') || foldText(name) === foldText(address)) name = '';
  name = stripPostNominals(trimChars(name, `'"`).trim());
  const comma = name.split(',');
  if (comma.length === 2 && comma[0] && comma[1]) {
    const left = comma[0].trim();
    const right = comma[1].trim();
    if (isCompanyPart(right) || right.split(' ').length > 3) {
      name = left;
      if (!companyHint && isCompanyPart(right)) companyHint = right;
    } else if (left.split(' ').length <= 3 && /^\p{L}/u.test(right)) {
      name = `${right} ${left}`;
    }
  }
  name = stripTitles(normaliseNameCase(name.replace(/\s+/g, ' ').trim()));
  if (name && /\p{L}/u.test(name)) {
    return { name: splitPersonName(name), companyHint, confidence: DISPLAY_NAME_CONFIDENCE, source: 'displayName' };
  }
  const local = (address.split('@')[0] ?? '').split('+')[0] ?? '';
  if (!local || ROLE_LOCAL_PARTS.test(local)) return { name: null, companyHint, confidence: 0, source: 'none' };
  const parts = local.split(/[._-]+/).filter((part) => /^\p{L}{2,}$/u.test(part));
  if (parts.length === 0) return { name: null, companyHint, confidence: 0, source: 'none' };
  const guess = parts.map(titleCaseWord).join(' ');
  return { name: splitPersonName(guess), companyHint, confidence: LOCAL_PART_CONFIDENCE, source: 'localPart' };
}
