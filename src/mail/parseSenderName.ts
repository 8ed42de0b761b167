import { foldText } from '../domain/fold';
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

/** Company suffixes that show a comma-separated display name is `Person, Company`, not `Last, First`. */
const COMPANY_WORDS = /\b(?:inc|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|sas|plc|group|jsc|team|công ty|tnhh)\b\.?/i;

function cleanDisplayName(raw: string): string {
  return raw
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/^[\s"'“”‘’]+|[\s"'“”‘’]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
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
  name = name.replace(/\s*<[^>]*>\s*$/, '').replace(/\s+via\s+.+$/i, '').trim();
  const bracket = name.match(/^(.*?)\s*[([]([^)\]]+)[)\]]\s*$/);
  if (bracket && bracket[1]) {
    name = bracket[1].trim();
    const inner = (bracket[2] ?? '').trim();
    if (!/@/.test(inner) && !/^(?:via|by|on behalf)/i.test(inner)) companyHint = inner;
  }
  const piped = name.match(/^(.+?)\s+[|–—-]\s+(.+)$/);
  if (piped && piped[1] && piped[2] && !companyHint) {
    name = piped[1].trim();
    companyHint = piped[2].trim();
  }
  if (name.includes('@') || foldText(name) === foldText(address)) name = '';
  name = stripPostNominals(name.replace(/^['"]+|['"]+$/g, '').trim());
  const comma = name.split(',');
  if (comma.length === 2 && comma[0] && comma[1]) {
    const left = comma[0].trim();
    const right = comma[1].trim();
    if (COMPANY_WORDS.test(right) || right.split(' ').length > 3) {
      name = left;
      if (!companyHint && COMPANY_WORDS.test(right)) companyHint = right;
    } else if (left.split(' ').length <= 3 && /^\p{L}/u.test(right)) {
      name = `${right} ${left}`;
    }
  }
  name = stripTitles(normaliseNameCase(name.replace(/\s+/g, ' ').trim()));
  if (name && /\p{L}/u.test(name)) {
    return { name: splitPersonName(name), companyHint, confidence: DISPLAY_NAME_CONFIDENCE, source: 'displayName' };
  }
  const local = (address.split('@')[0] ?? '').replace(/\+.*$/, '');
  if (!local || ROLE_LOCAL_PARTS.test(local)) return { name: null, companyHint, confidence: 0, source: 'none' };
  const parts = local.split(/[._-]+/).filter((part) => /^\p{L}{2,}$/u.test(part));
  if (parts.length === 0) return { name: null, companyHint, confidence: 0, source: 'none' };
  const guess = parts.map(titleCaseWord).join(' ');
  return { name: splitPersonName(guess), companyHint, confidence: LOCAL_PART_CONFIDENCE, source: 'localPart' };
}
