/**
 * `npm run eval:mail`: scores LeadPane's email understanding and peer libraries on the answer
 * keys in ../shared/emails/dev (reply-text exact match, signature line precision/recall), prints a
 * side-by-side table and writes the figures to bench/mail-eval.json.
 *
 * How the answer keys are read (they are fragment checks from two parsers' test suites):
 * - reply text: `visible_text_equals` (visible = not quoted, not signature), `fragment_equals`
 *   of fragment 0 when every later fragment is hidden, and crisp's `first_fragment_equals`. The
 *   first fragment ends at the first boundary crisp recognises (a quote or a signature it knows),
 *   so for those keys a reply counts with or without its trailing signature, for every tool alike.
 * - signature lines: fragments flagged signature and not quoted, located by their exact text or
 *   by their anchored regex (to the next located fragment or the end); keys whose fragments are
 *   all flagged non-signature expect no signature lines.
 * Comparisons trim the whole text and normalise CRLF; lines inside are compared as written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import EmailReplyParser from 'email-reply-parser';
import { emptyDraft } from '../src/domain/leadDraft';
import { draftFromMessage } from '../src/mail/draftFromMessage';

const REPO = path.resolve(__dirname, '..');
/** The shared dev set sits beside the repository, or beside the worktrees folder; MAIL_EVAL_DIR overrides. */
const DEV =
  process.env.MAIL_EVAL_DIR ??
  [path.resolve(REPO, '../shared/emails/dev'), path.resolve(REPO, '../../shared/emails/dev')].find((dir) => existsSync(dir)) ??
  path.resolve(REPO, '../shared/emails/dev');
const OUT = path.join(REPO, 'bench/mail-eval.json');
export const PER_CASE_TIMEOUT_MS = 5_000;
const VERBOSE = process.argv.includes('--verbose');

type Check = { kind: string; expected?: unknown; fragment?: number; flag?: string; regex_js?: string; regex_rb?: string; expect_match?: boolean };
type KeyCase = { source: string; test: string; fixture: string; checks: Check[]; documents_current_behaviour_only?: boolean };
type ToolOutput = { replyText: string; signatureText: string | null };
type Tool = { name: string; run: (text: string) => ToolOutput };
type EvalCase = { id: string; text: string; reply: { expected: string; lenient: boolean } | null; signatureLines: string[] | null };

const norm = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
const sigLines = (text: string | null): string[] => (text ? norm(text).split('\n').map((line) => line.trim()).filter(Boolean) : []);

function toRegExp(source: string): RegExp {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(source);
  const body = (match?.[1] ?? source).replace(/\\A/g, '^').replace(/\\z|\\Z/g, '$');
  const flags = new Set([...(match?.[2] ?? '').replace(/[^imsu]/g, ''), 'm', 'y']);
  return new RegExp(body, [...flags].join(''));
}

/** Start offset of a fragment located by its anchored regex at a line start at or after `from`. */
function locate(text: string, regex: RegExp, from: number): number {
  for (let offset = from; offset <= text.length; ) {
    regex.lastIndex = offset;
    if (regex.test(text)) return offset;
    const next = text.indexOf('\n', offset);
    if (next < 0) return -1;
    offset = next + 1;
  }
  return -1;
}

function flagOf(checks: Check[], flag: string, fragment: number): boolean | null {
  for (const check of checks) {
    if (check.kind === 'fragment_flags_all' && check.flag === flag && Array.isArray(check.expected)) {
      const value = (check.expected as boolean[])[fragment];
      if (typeof value === 'boolean') return value;
    }
    if (check.kind === 'fragment_flag' && check.flag === flag && check.fragment === fragment && typeof check.expected === 'boolean') return check.expected;
  }
  return null;
}

function fragmentCount(checks: Check[]): number | null {
  const count = checks.find((check) => check.kind === 'fragment_count');
  if (count) return count.expected as number;
  const all = checks.find((check) => check.kind === 'fragment_flags_all');
  return all ? (all.expected as boolean[]).length : null;
}

function deriveSignature(key: KeyCase, text: string): string[] | null {
  const count = fragmentCount(key.checks);
  if (count === null) return null;
  const flags = Array.from({ length: count }, (_, index) => flagOf(key.checks, 'signature', index));
  if (flags.every((flag) => flag === null)) return null;
  if (flags.every((flag) => flag === false)) return [];
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (flags[index] !== true || flagOf(key.checks, 'quoted', index) === true) continue;
    const exact = key.checks.find((check) => check.kind === 'fragment_equals' && check.fragment === index);
    if (exact) {
      lines.push(...sigLines(exact.expected as string));
      continue;
    }
    const regexCheck = (fragment: number): Check | undefined =>
      key.checks.find((check) => check.kind === 'fragment_regex' && check.fragment === fragment && check.expect_match && /^\/\^/.test(check.regex_js ?? check.regex_rb ?? ''));
    const here = regexCheck(index);
    if (!here) return null;
    const start = locate(text, toRegExp(here.regex_js ?? here.regex_rb ?? ''), 0);
    if (start < 0) return null;
    let end = text.length;
    if (index < count - 1) {
      const next = regexCheck(index + 1);
      if (!next) return null;
      end = locate(text, toRegExp(next.regex_js ?? next.regex_rb ?? ''), start + 1);
      if (end < 0) return null;
    }
    lines.push(...sigLines(text.slice(start, end)));
  }
  return lines;
}

function deriveReply(key: KeyCase): EvalCase['reply'] {
  for (const check of key.checks) {
    if (/^visible_text(_trimmed)?_equals$/.test(check.kind)) return { expected: check.expected as string, lenient: false };
    if (/^first_fragment(_trimmed)?_equals$/.test(check.kind)) return { expected: check.expected as string, lenient: true };
  }
  const first = key.checks.find((check) => check.kind === 'fragment_equals' && check.fragment === 0);
  const count = fragmentCount(key.checks);
  if (first && count !== null) {
    const laterHidden = Array.from({ length: count - 1 }, (_, index) => flagOf(key.checks, 'hidden', index + 1));
    if (laterHidden.every((flag) => flag === true)) return { expected: first.expected as string, lenient: false };
  }
  return null;
}

function loadCases(): EvalCase[] {
  const sets: Array<[string, string]> = [
    ['crisp_expectations.jsonl', 'crisp-oss-email-reply-parser'],
    ['github_erp_expectations.jsonl', 'github-email_reply_parser'],
  ];
  const cases: EvalCase[] = [];
  for (const [keyFile, folder] of sets) {
    for (const raw of readFileSync(path.join(DEV, keyFile), 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const key = JSON.parse(raw) as KeyCase;
      // Keys that only pin a parser's current (wrong) behaviour are not a standard to meet.
      if (key.documents_current_behaviour_only) continue;
      const fixture = path.join(DEV, folder, key.fixture);
      if (!existsSync(fixture)) continue;
      const text = readFileSync(fixture, 'utf8');
      const reply = deriveReply(key);
      const signatureLines = deriveSignature(key, text);
      if (reply || signatureLines) cases.push({ id: `${folder}:${key.test}`, text, reply, signatureLines });
    }
  }
  return cases;
}

function leadPane(text: string): ToolOutput {
  const message = { source: 'eml' as const, subject: '', from: null, to: [], cc: [], receivedAt: null, internetMessageId: null, conversationId: null, itemId: null, bodyText: text, bodyHtml: null };
  const draft = draftFromMessage(message) ?? emptyDraft();
  return { replyText: draft.replyText, signatureText: draft.signatureText };
}

function crisp(text: string): ToolOutput {
  const email = new EmailReplyParser().read(text);
  const signature = email
    .getFragments()
    .filter((fragment) => fragment.isSignature() && !fragment.isQuoted())
    .map((fragment) => fragment.getContent())
    .join('\n');
  return { replyText: email.getVisibleText(), signatureText: signature || null };
}

/* eslint-disable @typescript-eslint/no-require-imports -- planer and talon ship CommonJS without types. */
const planer = require('planer') as { extractFrom: (body: string, type: string) => string };
const talon = require('talon') as { signature: { bruteforce: { extractSignature: (body: string) => { text: string; signature: string | null } } } };

function planerTalon(text: string): ToolOutput {
  const reply = planer.extractFrom(text.replace(/\r\n?/g, '\n'), 'text/plain');
  const split = talon.signature.bruteforce.extractSignature(reply);
  return { replyText: split.text ?? reply, signatureText: split.signature ?? null };
}

type Score = { tool: string; replyCases: number; replyExact: number; sigCases: number; sigTp: number; sigPredicted: number; sigExpected: number; noSigCases: number; noSigClean: number; timeouts: number; failures: string[] };

function score(tool: Tool, cases: EvalCase[]): Score {
  const result: Score = { tool: tool.name, replyCases: 0, replyExact: 0, sigCases: 0, sigTp: 0, sigPredicted: 0, sigExpected: 0, noSigCases: 0, noSigClean: 0, timeouts: 0, failures: [] };
  for (const evalCase of cases) {
    let output: ToolOutput;
    try {
      // crisp's parser runs for minutes on the 750 kB long-quote fixture: a watchdog ends any tool's
      // call after PER_CASE_TIMEOUT_MS and the case scores as an empty answer.
      output = vm.runInNewContext('run(text)', { run: tool.run, text: evalCase.text }, { timeout: PER_CASE_TIMEOUT_MS }) as ToolOutput;
    } catch {
      result.timeouts += 1;
      output = { replyText: '', signatureText: null };
    }
    if (evalCase.reply) {
      result.replyCases += 1;
      const expected = norm(evalCase.reply.expected);
      const reply = norm(output.replyText);
      const withSignature = norm(`${output.replyText}\n\n${output.signatureText ?? ''}`);
      const signatureAt = output.signatureText ? norm(evalCase.text).indexOf(norm(output.signatureText)) : -1;
      const asWritten = signatureAt >= 0 ? norm(norm(evalCase.text).slice(0, signatureAt + norm(output.signatureText ?? '').length)) : withSignature;
      // A first fragment may end inside the signature, at the first delimiter the key's parser knows.
      const signature = norm(output.signatureText ?? '');
      const rest = expected.startsWith(reply) ? expected.slice(reply.length).trim() : null;
      const partOfSignature = rest !== null && rest !== '' && signature.startsWith(rest) && /^\s*$|^\n/.test(signature.slice(rest.length, rest.length + 1) || '\n');
      const ok = reply === expected || (evalCase.reply.lenient && (withSignature === expected || asWritten === expected || partOfSignature));
      if (ok) result.replyExact += 1;
      else result.failures.push(`reply ${evalCase.id}${VERBOSE ? `\n--- expected\n${expected}\n--- got\n${reply}\n--- sig\n${output.signatureText ?? ''}\n` : ''}`);
    }
    if (evalCase.signatureLines) {
      const predicted = sigLines(output.signatureText);
      const expected = [...evalCase.signatureLines];
      let tp = 0;
      for (const line of predicted) {
        const at = expected.indexOf(line);
        if (at >= 0) {
          tp += 1;
          expected.splice(at, 1);
        }
      }
      result.sigCases += 1;
      result.sigTp += tp;
      result.sigPredicted += predicted.length;
      result.sigExpected += evalCase.signatureLines.length;
      if (evalCase.signatureLines.length === 0) {
        result.noSigCases += 1;
        if (predicted.length === 0) result.noSigClean += 1;
      }
      if (tp !== predicted.length || tp !== evalCase.signatureLines.length) {
        result.failures.push(`signature ${evalCase.id}${VERBOSE ? `\n--- expected\n${evalCase.signatureLines.join('\n')}\n--- got\n${predicted.join('\n')}\n` : ''}`);
      }
    }
  }
  return result;
}

const pct = (part: number, whole: number): string => (whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a');

function main(): void {
  if (!existsSync(DEV)) {
    process.stdout.write(`eval:mail skipped: ${DEV} not found (the shared dev set sits beside the repository).\n`);
    return;
  }
  const cases = loadCases();
  const tools: Tool[] = [
    { name: 'LeadPane', run: leadPane },
    { name: 'email-reply-parser (crisp)', run: crisp },
    { name: 'planer + talon', run: planerTalon },
  ];
  const scores = tools.map((tool) => score(tool, cases));
  const rows = scores.map((s) => {
    const precision = s.sigPredicted ? s.sigTp / s.sigPredicted : 1;
    const recall = s.sigExpected ? s.sigTp / s.sigExpected : 1;
    return { ...s, precision, recall };
  });
  const header = ['tool', 'reply exact', 'sig precision', 'sig recall', 'no-sig keys clean', 'errors/timeouts'];
  const table = [header, ...rows.map((r) => [r.tool, `${r.replyExact}/${r.replyCases} (${pct(r.replyExact, r.replyCases)})`, pct(r.sigTp, r.sigPredicted), pct(r.sigTp, r.sigExpected), `${r.noSigClean}/${r.noSigCases}`, String(r.timeouts)])];
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  for (const row of table) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')}\n`);
  if (process.argv.includes('--failures') || VERBOSE) for (const r of rows.slice(0, VERBOSE ? 1 : rows.length)) process.stdout.write(`\n${r.tool} misses:\n  ${r.failures.join('\n  ')}\n`);
  mkdirSync(path.dirname(OUT), { recursive: true });
  const figures = {
    dataset: '../shared/emails/dev (crisp + github answer keys)',
    cases: cases.length,
    tools: rows.map((r) => ({
      tool: r.tool,
      replyCases: r.replyCases,
      replyExact: r.replyExact,
      replyExactRate: r.replyCases ? r.replyExact / r.replyCases : null,
      signatureCases: r.sigCases,
      signatureLinePrecision: r.precision,
      signatureLineRecall: r.recall,
      noSignatureKeys: r.noSigCases,
      noSignatureKeysClean: r.noSigClean,
      errorsOrTimeouts: r.timeouts,
    })),
  };
  writeFileSync(OUT, `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`\nwritten ${path.relative(REPO, OUT)}\n`);
}

main();
