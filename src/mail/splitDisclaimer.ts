/** Words of legal footers ("This e-mail is confidential... intended recipient..."), several languages. */
export const DISCLAIMER_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    // English
    'confidential', 'privileged', 'intended (?:solely |only )?for', 'intended recipient', 'addressee', 'property of', 'disclaimer',
    'if you (?:have )?received this', 'received this (?:e-?mail|message|communication) in error', 'unauthori[sz]ed', 'prohibited', 'virus', 'legally binding',
    // German, with the register lines of a German company footer (Impressum)
    'vertraulich\\p{L}*', 'adressat\\p{L}*', 'empfänger\\p{L}*', 'irrtümlich', 'amtsgericht', 'registergericht', 'handelsregister',
    // French, Italian, Spanish, Portuguese, Dutch
    'confidentiel\\p{L}*', 'destinataire\\p{L}*', 'riservat\\p{L}*', 'destinatari\\p{L}*', 'confidencial\\p{L}*', 'vertrouwelijk\\p{L}*', 'geadresseerde\\p{L}*',
    // Vietnamese
    'bảo mật', 'người nhận',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** A legal footer is searched for only this far from the end (non-blank lines). */
export const DISCLAIMER_TAIL_LINES = 30;

const RULE = /^\s*[*=_~#-]{5,}\s*$/;
const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

export type DisclaimerSplit = { lines: string[]; disclaimer: string[] };

/**
 * Splits a company's legal footer off the end of the reply: it is neither the sender's new text
 * nor their signature. The footer is the last paragraphs (and rule lines) that all speak of
 * confidentiality, intended recipients and the like.
 */
export function splitDisclaimer(lines: string[]): DisclaimerSplit {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1])) end -= 1;
  let start = end;
  let seen = 0;
  let index = end - 1;
  while (index >= 0 && seen < DISCLAIMER_TAIL_LINES) {
    const line = lines[index] ?? '';
    if (isBlank(line)) {
      index -= 1;
      continue;
    }
    if (RULE.test(line)) {
      seen += 1;
      start = index;
      index -= 1;
      continue;
    }
    // One paragraph: up to the blank or rule line above it.
    let top = index;
    while (top > 0 && index - top < DISCLAIMER_TAIL_LINES && !isBlank(lines[top - 1]) && !RULE.test(lines[top - 1] ?? '')) top -= 1;
    const paragraph = lines.slice(top, index + 1).join(' ');
    seen += index - top + 1;
    if (!DISCLAIMER_WORDS.test(paragraph) || paragraph.length < 80) break;
    start = top;
    index = top - 1;
  }
  // A footer is only a footer when some prose paragraph was found, not just a rule line.
  const footer = lines.slice(start, end);
  if (start >= end || !footer.some((line) => DISCLAIMER_WORDS.test(line))) return { lines, disclaimer: [] };
  return { lines: lines.slice(0, start), disclaimer: footer };
}
