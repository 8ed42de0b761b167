import { analyse } from 'chardet';

/**
 * Text encoding of an imported file, detected rather than assumed. A byte-order mark decides;
 * then valid UTF-8 is UTF-8 (legacy code pages almost never form valid multi-byte UTF-8); then
 * UTF-16 without a BOM shows itself by zero bytes in every other position; everything else is
 * ranked by the `chardet` detector and decoded by the platform's `TextDecoder` (the WHATWG
 * decoders, the same in the pane, the worker and Node). A candidate whose decoder rejects the
 * bytes is passed over for the next best, so a wrong guess never yields replacement characters
 * when a better decoding exists.
 */

/** WHATWG canonical names (`new TextDecoder(label).encoding`), e.g. `utf-8`, `windows-1258`, `shift_jis`. */
export type EncodingName = string;

export type Decoded = {
  text: string;
  /** The decoder actually used. */
  encoding: EncodingName;
  /** Other plausible encodings, best first, for the preview's switch. */
  alternatives: EncodingName[];
};

/** Bytes read by the detector; the rest of the file is checked by decoding it. */
const SAMPLE_BYTES = 256 * 1024;

/** Encodings offered in the preview's switch even when the detector did not name them. */
export const COMMON_ENCODINGS: readonly EncodingName[] = [
  'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1258', 'shift_jis', 'iso-8859-2', 'iso-8859-15', 'windows-1250', 'windows-1251', 'gb18030', 'big5', 'euc-kr',
];

/** The WHATWG canonical name of a label, or null when the platform has no such decoder. */
export function canonicalEncoding(label: string): EncodingName | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: EncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 text of mostly Latin letters, digits and punctuation has a zero in every high byte: at
 * odd offsets in LE, even ones in BE. Vietnamese or Japanese text still has many (the ASCII
 * separators, digits and e-mail addresses), while single-byte and UTF-8 files have none.
 */
function utf16WithoutBom(bytes: Uint8Array): EncodingName | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return false;
  return true;
}

function decodeStrict(bytes: Uint8Array, encoding: EncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Candidate encodings for bytes without a BOM, best first. */
export function rankEncodings(bytes: Uint8Array): EncodingName[] {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const ranked: EncodingName[] = [];
  const add = (name: string | null) => {
    if (name && !ranked.includes(name)) ranked.push(name);
  };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) add(utf16);
  if (isAscii(sample) || decodeStrict(sample.subarray(0, lastCompleteUtf8(sample)), 'utf-8') !== null) add('utf-8');
  for (const match of analyse(sample)) {
    // chardet says ASCII for 7-bit text and ISO-8859-1 where WHATWG decodes windows-1252.
    add(match.name === 'ASCII' ? 'utf-8' : canonicalEncoding(match.name));
  }
  add('utf-8');
  add('windows-1252');
  return ranked;
}

/** Length of the sample without a multi-byte UTF-8 sequence cut off at its end. */
function lastCompleteUtf8(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < need) end -= back;
    }
    break;
  }
  return end;
}

/**
 * Decodes the bytes: with `encoding` when the user chose one (the preview's switch), otherwise
 * with the best detected encoding whose decoder accepts every byte. The BOM is dropped and the
 * text composed (NFC).
 */
export function decodeBytes(bytes: Uint8Array, encoding?: EncodingName): Decoded {
  const decoded = decodeRaw(bytes, encoding);
  // windows-1258 (and macOS) write Vietnamese tone marks as combining characters: compose them,
  // or search keys, duplicate checks and display break (as for mail, see MailMessage).
  return { ...decoded, text: decoded.text.normalize('NFC') };
}

function decodeRaw(bytes: Uint8Array, encoding?: EncodingName): Decoded {
  const bom = bomEncoding(bytes);
  if (encoding) {
    const chosen = canonicalEncoding(encoding) ?? 'utf-8';
    const body = bom && bom.encoding === chosen ? bytes.subarray(bom.length) : bytes;
    const ranked = bom ? [bom.encoding] : rankEncodings(bytes);
    return { text: new TextDecoder(chosen, { ignoreBOM: true }).decode(body), encoding: chosen, alternatives: ranked.filter((e) => e !== chosen) };
  }
  if (bom) {
    const body = bytes.subarray(bom.length);
    const strict = decodeStrict(body, bom.encoding);
    // A BOM in front of bytes that are not that encoding: fall through to detection of the rest.
    if (strict !== null) return { text: strict, encoding: bom.encoding, alternatives: [] };
  }
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const ranked = rankEncodings(body);
  for (const [index, candidate] of ranked.entries()) {
    const text = decodeStrict(body, candidate);
    if (text !== null) return { text, encoding: candidate, alternatives: ranked.filter((_, other) => other !== index) };
  }
  // Nothing decodes cleanly: the best guess with replacement characters beats no text at all.
  const best = ranked[0] ?? 'utf-8';
  return { text: new TextDecoder(best).decode(body), encoding: best, alternatives: ranked.slice(1) };
}
