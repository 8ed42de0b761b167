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
});
