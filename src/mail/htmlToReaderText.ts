import { compile, type HtmlToTextOptions } from 'html-to-text';
import { trimChars } from './signaturePatterns';

/** Slimmed HTML beyond this is not read: a reply sits at the top, and html-to-text costs about 1 ms per KB. */
export const MAX_HTML_CHARS = 16_000;
/** Raw HTML searched for a quote container and slimmed before the cap applies (slimming rarely gains more than 8x). */
export const MAX_RAW_HTML_CHARS = MAX_HTML_CHARS * 8;

/**
 * Where the quoted history begins in HTML, by the containers mail clients wrap it in: Gmail
 * (`gmail_quote`), Apple Mail and Thunderbird (`blockquote type=cite`, `moz-cite-prefix`),
 * Outlook (`divRplyFwdMsg`, `appendonsend`, Outlook Mac `OLK_SRC_BODY_SECTION`, mobile
 * `mail-editor-reference-message-container`), Yahoo (`yahoo_quoted`), Hotmail (`stopSpelling`),
 * Proton, Zoho. Everything from the first one on is history, so cutting the string there is
 * cheaper and sturdier than parsing it.
 */
export const QUOTE_CONTAINER_NAMES =
  /\b(?:gmail_quote|divRplyFwdMsg|appendonsend|moz-cite-prefix|yahoo_quoted|yahoo_quoted_begin|OLK_SRC_BODY_SECTION|mail-editor-reference-message-container|protonmail_quote|zmail_extra|stopSpelling|OutlookMessageHeader|x_divRplyFwdMsg|x_appendonsend|ms-outlook-mobile-reference-message|reply-intro|quote-header)\b/i;

/** Opening tags that can hold quoted history, with their attributes up to the next `<` or `>` (bounded). */
export const CONTAINER_TAG = /<(?:div|blockquote|span|hr)\b[^<>]{0,2000}/gi;
/** One attribute that names a container: `id="..."`, `class='...'`, `name=x`, `type=cite`. */
export const CONTAINER_ATTRIBUTE = /\b(id|class|name|type)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/gi;

/** Offset of the first quote container's opening tag, or -1. Linear: each tag is read once. */
export function quoteContainerStart(html: string): number {
  for (const tag of html.matchAll(CONTAINER_TAG)) {
    for (const attribute of tag[0].matchAll(CONTAINER_ATTRIBUTE)) {
      const key = (attribute[1] ?? '').toLowerCase();
      const value = (attribute[2] ?? '').replace(/^["']|["']$/g, '');
      if (key === 'type' ? /^cite\b/i.test(value) : QUOTE_CONTAINER_NAMES.test(value)) return tag.index ?? 0;
    }
  }
  return -1;
}

const lineBlock = { leadingLineBreaks: 1, trailingLineBreaks: 1 };

/** Options for reading HTML as a person sees it: blocks become lines, no word wrap, no link URLs. */
const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  preserveNewlines: false,
  limits: { maxInputLength: MAX_HTML_CHARS * 2, maxDepth: 200, maxChildNodes: 5_000, ellipsis: '' },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'title', format: 'skip' },
    // Outlook writes every line as a p.MsoNormal with no margin: a line each, not a paragraph.
    { selector: 'p.MsoNormal', format: 'block', options: lineBlock },
    { selector: 'p.MsoPlainText', format: 'block', options: lineBlock },
    { selector: 'p', format: 'block', options: lineBlock },
    // Signature tables are layout: one cell after another, never side-by-side columns.
    { selector: 'table', format: 'block', options: lineBlock },
    { selector: 'tr', format: 'block', options: lineBlock },
    { selector: 'td', format: 'block', options: lineBlock },
    { selector: 'th', format: 'block', options: lineBlock },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'hr', format: 'block', options: lineBlock },
    { selector: 'blockquote', format: 'blockquote', options: { trimEmptyLines: true } },
  ],
};

/**
 * Drops what a reader never sees and what html-to-text would only parse: the head, styles,
 * scripts, comments, inline formatting tags, and attributes (the quote containers were already
 * found by theirs).
 * Cheap string work, so the size cap keeps more visible text.
 */
function slimHtml(html: string): string {
  return removeBlocks(html)
    // Inline formatting changes no line a reader sees, and each element costs html-to-text time.
    .replace(/<\/?(?:b|i|u|em|strong|span|font|small|big|sup|sub|s|strike|mark|abbr|tt|o:p|a)(?:\s[^<>]*)?>/gi, '')
    .replace(/<([a-z][\w:-]*)\s[^<>]*?(\/?)>/gi, (_, tag: string, selfClose: string) => `<${tag}${/^(?:p|div)$/i.test(tag) ? classOf(_) : ''}${selfClose}>`);
}

/** Opening tags of what a reader never sees, and comments. */
const HIDDEN_START = /<!--|<(head|style|script|title)\b/gi;

/**
 * Drops comments and the head, style, script and title elements by searching for their ends
 * with indexOf, not with a lazy `[\s\S]*?` (which rescans the rest of the text from every unclosed
 * opening: 42,666 `<head>` took 22 s). An unclosed comment, style or script runs to the end, as in
 * a browser; an unclosed head or title only loses its tag.
 */
function removeBlocks(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let from = 0;
  const missing = new Set<string>();
  HIDDEN_START.lastIndex = 0;
  for (let match = HIDDEN_START.exec(html); match; match = HIDDEN_START.exec(html)) {
    const at = match.index;
    if (at < from) continue;
    const tag = (match[1] ?? '').toLowerCase();
    const close = tag ? `</${tag}` : '-->';
    const end = missing.has(close) ? -1 : lower.indexOf(close, at + match[0].length);
    out.push(html.slice(from, at));
    if (end < 0) {
      missing.add(close);
      if (!tag || tag === 'style' || tag === 'script') return out.join('');
      const tagEnd = html.indexOf('>', at);
      from = tagEnd < 0 ? html.length : tagEnd + 1;
    } else {
      const closeEnd = tag ? html.indexOf('>', end) : end + 2;
      from = closeEnd < 0 ? html.length : closeEnd + 1;
    }
    HIDDEN_START.lastIndex = Math.max(from, at + 1);
  }
  out.push(html.slice(from));
  return out.join('');
}

/** Keeps a p/div class attribute: `p.MsoNormal` decides whether a paragraph is one line. */
function classOf(tag: string): string {
  const match = /\bclass\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i.exec(tag);
  return match ? ` class=${match[1]}` : '';
}

/**
 * The slimmed HTML, capped at MAX_HTML_CHARS. Slims a growing prefix (cut after a `>`, so no tag
 * is split) instead of the whole body: a long body mostly lies past the cap, and slimming all of
 * it cost more than reading what is kept. The last round slims the whole source, as before.
 */
function slimmedPrefix(source: string): { html: string; cut: boolean } {
  for (let size = MAX_HTML_CHARS * 2; ; size *= 2) {
    const end = size >= source.length ? source.length : source.lastIndexOf('>', size) + 1;
    const part = end > 0 ? source.slice(0, end) : source;
    const slim = slimHtml(part);
    if (slim.length > MAX_HTML_CHARS) return { html: slim.slice(0, MAX_HTML_CHARS), cut: true };
    if (part.length === source.length) return { html: slim, cut: false };
  }
}

/** Whether the HTML's quoted history sits in a container that htmlToReaderText would cut off: a cheap look-up, no conversion. */
export function hasQuoteContainer(html: string): boolean {
  return quoteContainerStart(rawHead(html)) >= 0;
}

/** The part of the raw HTML that is read at all. */
function rawHead(html: string): string {
  return html.length > MAX_RAW_HTML_CHARS ? html.slice(0, MAX_RAW_HTML_CHARS) : html;
}

let converter: ((html: string) => string) | null = null;

export type ReaderText = { text: string; quoteContainer: boolean; truncated: boolean };

/** HTML body -> the text a reader sees, with quoted-history containers cut off first. */
export function htmlToReaderText(html: string): ReaderText {
  let truncated = html.length > MAX_RAW_HTML_CHARS;
  let source = rawHead(html);
  const quote = quoteContainerStart(source);
  if (quote >= 0) source = source.slice(0, quote);
  const slim = slimmedPrefix(source);
  source = slim.html;
  truncated ||= slim.cut;
  converter ??= compile(OPTIONS);
  const text = converter(source)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => trimChars(line, ' \t', 'end'))
    .join('\n');
  return { text, quoteContainer: quote >= 0, truncated };
}
