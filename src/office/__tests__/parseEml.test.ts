import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MailReadError } from '../mailReadError';
import { MAX_EML_BYTES, parseEml } from '../parseEml';
import { SAMPLE_EMAILS } from '../samples/sampleEmails';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../test/e2e/fixtures', name));

/** Encodes text as ISO-8859-1 bytes (every char below U+0100 is one byte). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

describe('parseEml', () => {
  it('should decode windows-1258 Vietnamese into composed (NFC) text', async () => {
    const message = await parseEml(fixture('vietnamese-windows-1258.eml'));
    expect(message.from).toEqual({ name: 'Trần Thị Mai', address: 'mai.tran@saigonsteel.com.vn' });
    expect(message.from?.name).toBe(message.from?.name.normalize('NFC'));
    expect(message.bodyText).toContain('Công ty Cổ phần Thép Sài Gòn');
    expect(message.bodyText).toBe(message.bodyText.normalize('NFC'));
    expect(message.subject).toBe('Hỏi giá thiết bị');
    expect(message.internetMessageId).toBe('<e2e-cp1258-0001@saigonsteel.com.vn>');
    expect(message.receivedAt).toBe(Date.parse('2026-11-20T08:30:00+07:00'));
  });

  it('should decode iso-8859-1 bodies and encoded-word headers', async () => {
    const raw = latin1(
      'From: =?iso-8859-1?Q?Fran=E7ois_M=FCller?= <francois@exemple.fr>\r\nSubject: Devis\r\nMessage-ID: <fr1@exemple.fr>\r\n' +
        'Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\nBonjour, voilà le devis demandé.\r\n',
    );
    const message = await parseEml(raw);
    expect(message.from?.name).toBe('François Müller');
    expect(message.bodyText).toContain('voilà le devis demandé');
  });

  it('should keep a message without From as a message with no sender', async () => {
    const message = await parseEml('Subject: Hello\r\n\r\nNo sender here.\r\n');
    expect(message.from).toBeNull();
    expect(message.bodyText).toContain('No sender here.');
  });

  it('should use References to give a thread its conversation id', async () => {
    const reply = SAMPLE_EMAILS.find((s) => s.id === 'reply');
    const message = await parseEml(reply?.raw ?? '', 'sample');
    expect(message.conversationId).toBe('<demo-invite-0001@leadpane.example>');
    expect(message.source).toBe('sample');
  });

  it('should refuse an empty file and an oversized one with a reason', async () => {
    await expect(parseEml('')).rejects.toMatchObject({ code: 'emlUnreadable' });
    const huge = new Uint8Array(MAX_EML_BYTES + 1);
    await expect(parseEml(huge)).rejects.toBeInstanceOf(MailReadError);
    await expect(parseEml(huge)).rejects.toMatchObject({ code: 'emlTooLarge' });
  });

  it.each(SAMPLE_EMAILS.map((s) => [s.id, s] as const))('should parse bundled sample %s with a sender', async (_id, sample) => {
    const message = await parseEml(sample.raw, 'sample');
    expect(message.from?.address).toMatch(/@/);
    expect(message.subject).not.toBe('');
  });
  it('should say a file is not an email when it is binary or does not start with a header', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    // 64 KB of noise from a fixed seed: every byte value, NUL included.
    let seed = 7;
    const noise = Uint8Array.from({ length: 64 * 1024 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    const cases: [string, Uint8Array | string][] = [
      ['png', png], ['noise', noise], ['pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj'], ['zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
      ['plain text', 'Dear An,\nplease find the quote attached.\n'], ['html', '<html><body>Hi</body></html>'],
    ];
    for (const [name, raw] of cases) {
      await expect(parseEml(raw).then(() => name, (e: MailReadError) => `${name}: ${e.code}`)).resolves.toBe(`${name}: emlNotEmail`);
    }
  });

  it('should still read messages that start with blank lines, a byte order mark or an mbox From line', async () => {
    const body = 'From: An <an@x.vn>\r\nSubject: Hi\r\n\r\nHello';
    for (const raw of [`\r\n\r\n${body}`, `\uFEFF${body}`, `From an@x.vn Mon Jan  1 00:00:00 2026\n${body.replace(/\r/g, '')}`, new TextEncoder().encode(`\uFEFF${body}`)]) {
      await expect(parseEml(raw)).resolves.toMatchObject({ from: { address: 'an@x.vn' }, subject: 'Hi' });
    }
  });
});
