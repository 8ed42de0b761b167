import type { MailMessage } from '../domain/mailMessage';

/**
 * Hostile and unlucky input for the email rules: long runs of every character class the
 * patterns care about, 100k-character lines, HTML that never closes, multi-megabyte bodies.
 * The freeze test runs every exported pattern and the whole extraction over these; the same
 * list gives the before/after timings in the closing note, so they measure the same thing.
 */

/** Length of one hostile line: far past any cap, so a cap that is missing shows at once. */
export const HOSTILE_LINE_CHARS = 100_000;
/** Size of the "huge body" cases. */
export const HOSTILE_BODY_CHARS = 5_000_000;

/** Units repeated into long runs: each character class some pattern quantifies over, and mixes of two. */
export const HOSTILE_UNITS: readonly string[] = [
  ' ', '\t', '\u00a0', 'a', 'A', 'Đ', 'ê', '1', '-', '.', '_', '=', '*', '~', '#', '>', '<', '@', '/', ':', ',', ';', '|', '(', ')', '+', "'", '"', '!', '?', 'é',
  'a ', 'A ', '1 ', '- ', '-_', '1-', '1.', 'a.', 'A.', 'a-', 'a@', '@a', '.a', '<a', 'a>', '> ', '* ', '_ ', '= ', '(1', '1)', 'a,', ', ', ': ', 'x1', '+1', 'ab.',
];

/** Endings that make a pattern fail after it has consumed the run (where backtracking explodes). */
const SUFFIXES: readonly string[] = ['', '!', ':', 'wrote'];

export type HostileString = { name: string; text: string };

function run(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Long runs of each unit, each with a few rejecting suffixes. */
export function hostileStrings(chars: number = HOSTILE_LINE_CHARS): HostileString[] {
  const out: HostileString[] = [];
  for (const unit of HOSTILE_UNITS) {
    for (const suffix of SUFFIXES) out.push({ name: `${JSON.stringify(unit)} x${chars}${suffix ? ` + ${JSON.stringify(suffix)}` : ''}`, text: run(unit, chars) + suffix });
  }
  out.push({ name: `"&nbsp;" x${chars / 6}`, text: run('&nbsp;', chars) });
  out.push({ name: `"--" + spaces x${chars}`, text: `--${run(' ', chars)}original` });
  out.push({ name: `"On " + spaces + "wrote"`, text: `On ${run(' ', chars)} wrote` });
  out.push({ name: `"From: " + spaces`, text: `From: ${run(' ', chars)}x` });
  return out;
}

function message(name: string, bodyText: string, bodyHtml: string | null): HostileString & { message: MailMessage } {
  return {
    name,
    text: bodyHtml ?? bodyText,
    message: {
      source: 'sample',
      subject: name,
      from: { name: 'Nguyễn Văn An', address: 'an@saomai.com.vn' },
      to: [],
      cc: [],
      receivedAt: null,
      internetMessageId: null,
      conversationId: null,
      itemId: null,
      bodyText,
      bodyHtml,
    },
  };
}

export type HostileMessage = ReturnType<typeof message>;

/** Whole messages: the cases the issue measured in the pane, and a 5 MB body of each kind. */
export function hostileMessages(): HostileMessage[] {
  const sig = '\n\nBest regards,\nNguyễn Văn An\nMobile: 0903 123 456\n';
  const out: HostileMessage[] = [
    message('2,500 spaces on one line (plain)', `Hi,\n${' '.repeat(2_500)}\nThanks${sig}`, null),
    message('100k spaces on one line (plain)', `Hi,\n${' '.repeat(HOSTILE_LINE_CHARS)}\nThanks${sig}`, null),
    message('2,500 &nbsp; (html)', '', `<div>Hi,</div><div>${'&nbsp;'.repeat(2_500)}</div><div>Thanks</div>`),
    message('100k &nbsp; (html)', '', `<div>Hi,</div><div>${'&nbsp;'.repeat(HOSTILE_LINE_CHARS / 6)}</div>`),
    message('unclosed <head> x42,666 (html)', '', '<head>'.repeat(42_666)),
    message('<div with 32,000 attributes, no > (html)', '', `<div ${'a=1 '.repeat(32_000)}`),
    message('<div with 32,000 class=x attributes, no > (html)', '', `<div ${'class=x '.repeat(32_000)}`),
    message('<div with 32,000 id= attributes, no > (html)', '', `<div ${'id= '.repeat(32_000)}`),
    message('<blockquote with 32,000 type=x attributes, no > (html)', '', `<blockquote ${'type=x '.repeat(32_000)}`),
    message('<!-- x64,000 (html)', '', '<!--'.repeat(64_000)),
    message('<style x50,000 unclosed (html)', '', '<style>'.repeat(50_000)),
    message('<b x50,000 unclosed (html)', '', '<b '.repeat(50_000)),
    message('< x100k (html)', '', '<'.repeat(HOSTILE_LINE_CHARS)),
    message('class= x30,000 no quote container (html)', '', `<div ${'class="x" '.repeat(30_000)}>`),
    message('5 MB plain body, one line', run('a ', HOSTILE_BODY_CHARS), null),
    message('5 MB plain body, short lines', run('Hello there, more text here.\n', HOSTILE_BODY_CHARS), null),
    message('5 MB of "> " quote marks', run('> ', HOSTILE_BODY_CHARS), null),
    message('5 MB html body', '', run('<p>Product update: new features.</p>', HOSTILE_BODY_CHARS)),
    message('5 MB html, one text node', '', `<div>${run('a ', HOSTILE_BODY_CHARS)}</div>`),
    message('signature of 100k-char lines', `Hi\n\n--\n${run('1 ', HOSTILE_LINE_CHARS)}\n${run('a@', HOSTILE_LINE_CHARS)}\n${run('A ', HOSTILE_LINE_CHARS)}`, null),
    message('sign-off + 100k name line', `Hi\n\nThanks,\n${run('A.', HOSTILE_LINE_CHARS)}`, null),
    message('many short hostile lines', Array.from({ length: 2_000 }, (_, index) => run(HOSTILE_UNITS[index % HOSTILE_UNITS.length] ?? ' ', 100)).join('\n'), null),
  ];
  for (const unit of HOSTILE_UNITS) {
    out.push(message(`reply of ${JSON.stringify(unit)} x100k + signature`, `Hi,\n${run(unit, HOSTILE_LINE_CHARS)}!\n${sig}`, null));
  }
  return out;
}
