import { GUESS_CONFIDENCE } from '../../domain/leadDraft';
import type { MailMessage } from '../../domain/mailMessage';
import { draftFromMessage, MAX_REPLY_CHARS } from '../draftFromMessage';

function message(partial: Partial<MailMessage>): MailMessage {
  return { source: 'eml', subject: '', from: null, to: [], cc: [], receivedAt: null, internetMessageId: null, conversationId: null, itemId: null, bodyText: '', bodyHtml: null, ...partial };
}

const from = { name: 'Nguyễn Văn An', address: 'an@saomai.com.vn' };

describe('draftFromMessage', () => {
  it('builds a draft from sender, reply and signature', () => {
    const draft = draftFromMessage(
      message({
        from,
        bodyText: 'Chào chị,\n\nEm gửi báo giá.\n\nTrân trọng,\nNguyễn Văn An\nGiám đốc kinh doanh\nDĐ: 0903 123 456\n\nVào 09:00, Th 2, 16 thg 11, 2026 Lan <lan@x.vn> đã viết:\n> Anh gửi báo giá giúp em.\n> Trân trọng,\n> Lan\n> DĐ: 0912 000 111',
      }),
    );
    expect(draft.fullName).toMatchObject({ value: 'Nguyễn Văn An', origin: 'sender' });
    expect(draft.fullName?.confidence).toBeGreaterThan(GUESS_CONFIDENCE);
    expect([draft.givenName, draft.familyName]).toEqual(['Văn An', 'Nguyễn']);
    expect(draft.replyText).toBe('Chào chị,\n\nEm gửi báo giá.');
    expect(draft.signatureText).toBe('Trân trọng,\nNguyễn Văn An\nGiám đốc kinh doanh\nDĐ: 0903 123 456');
    // The quoted person's phone is never taken for the sender's.
    expect(draft.phones.map((phone) => phone.value.number)).toEqual(['+84903123456']);
    expect(draft.jobTitle?.value).toBe('Giám đốc kinh doanh');
    expect(draft.company).toMatchObject({ value: 'Saomai', origin: 'domain' });
    expect(draft.notes).toContain('quoteRemoved');
  });

  it('suggests the region named by the signature address, from the same line', () => {
    const draft = draftFromMessage(
      message({ from, bodyText: 'Chào chị,\n\nTrân trọng,\nNguyễn Văn An\nĐịa chỉ: 12 Lê Lợi, Phường Bến Nghé, Quận 1, TP.HCM\nDĐ: 0903 123 456' }),
    );
    expect(draft.address?.value).toBe('12 Lê Lợi, Phường Bến Nghé, Quận 1, TP.HCM');
    expect(draft.region).toEqual({ ...draft.address, value: 'Hồ Chí Minh' });
  });

  it('suggests no region when the address names none', () => {
    const draft = draftFromMessage(message({ from, bodyText: 'Chào chị,\n\nTrân trọng,\nNguyễn Văn An\nĐịa chỉ: 45 Nguyễn Huệ, Quận 1\nDĐ: 0903 123 456' }));
    expect(draft.address?.value).toBe('45 Nguyễn Huệ, Quận 1');
    expect(draft.region).toBeNull();
  });

  it('uses the phone region option when neither the signature nor the domain names a country', () => {
    const draft = draftFromMessage(message({ from: { name: 'An', address: 'an.nguyen@gmail.com' }, bodyText: 'Hi\n\nBest,\nAn\nMobile: 07911 123456' }), { phoneRegion: 'GB' });
    expect(draft.phones[0]?.value.number).toBe('+447911123456');
  });

  it('guesses the name from the address below GUESS_CONFIDENCE', () => {
    const draft = draftFromMessage(message({ from: { name: '', address: 'john.smith@contoso.com' }, bodyText: 'Hello' }));
    expect(draft.fullName?.value).toBe('John Smith');
    expect(draft.fullName?.confidence).toBeLessThan(GUESS_CONFIDENCE);
    expect(draft.notes).toContain('nameGuessed');
  });

  it('prefers the signature name to a local-part guess', () => {
    const draft = draftFromMessage(message({ from: { name: '', address: 'jd@contoso.com' }, bodyText: 'Hello\n\nBest regards,\nJane Doe\nCTO, Contoso Ltd' }));
    expect(draft.fullName).toMatchObject({ value: 'Jane Doe', origin: 'signature' });
    expect(draft.company?.value).toBe('Contoso Ltd');
  });

  it('takes the company hint from the display name before the domain', () => {
    const draft = draftFromMessage(message({ from: { name: 'John Smith (Contoso)', address: 'john@gmail.com' }, bodyText: 'Hi' }));
    expect(draft.company).toMatchObject({ value: 'Contoso', origin: 'sender' });
  });

  it.each([
    ['Gmail', '<div dir="ltr">New text</div><div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 16, 2026 John &lt;j@x.com&gt; wrote:</div><blockquote class="gmail_quote">Old text</blockquote></div>'],
    ['Gmail blockquote', '<div>New text</div><blockquote class="gmail_quote">Old text</blockquote>'],
    ['Apple Mail', '<div>New text</div><div><br><blockquote type="cite"><div>Old text</div></blockquote></div>'],
    ['Outlook divRplyFwdMsg', '<p class="MsoNormal">New text</p><div id="divRplyFwdMsg"><b>From:</b> John<br><b>Sent:</b> Monday</div><div>Old text</div>'],
    ['Outlook appendonsend', '<div>New text</div><div id="appendonsend"></div><hr><div>Old text</div>'],
    ['Outlook border-top block', '<p class="MsoNormal">New text</p><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> John &lt;j@x.com&gt;<br><b>Sent:</b> Monday<br><b>To:</b> Lan<br><b>Subject:</b> Hi</p></div><p>Old text</p>'],
    ['Thunderbird', '<p>New text</p><div class="moz-cite-prefix">On 16/11/2026 09:00, John wrote:<br></div><blockquote type="cite">Old text</blockquote>'],
    ['Yahoo', '<div>New text</div><div class="yahoo_quoted"><div>Old text</div></div>'],
  ])('strips the %s quote container from HTML', (_, html) => {
    const draft = draftFromMessage(message({ from, bodyHtml: html }));
    expect(draft.replyText).toBe('New text');
    expect(draft.notes).toContain('htmlBody');
  });

  it('renders HTML blocks, line breaks and table cells as lines', () => {
    const html = '<p>Hello<br>there</p><table><tr><td>Best regards,</td></tr><tr><td>Jane Doe</td><td>CTO</td></tr></table>';
    const draft = draftFromMessage(message({ from, bodyHtml: html }));
    expect(draft.replyText).toBe('Hello\nthere');
    expect(draft.signatureText).toBe('Best regards,\nJane Doe\nCTO');
  });

  it('prefers HTML when only the HTML shows where the quote starts', () => {
    const draft = draftFromMessage(message({ from, bodyText: 'New text\nOld text', bodyHtml: '<div>New text</div><blockquote type="cite">Old text</blockquote>' }));
    expect(draft.replyText).toBe('New text');
  });

  it.each([
    ['no From header', message({ bodyText: 'Hello' }), 'noSender'],
    ['an invalid From address', message({ from: { name: 'X', address: 'not-an-address' }, bodyText: 'Hello' }), 'noSender'],
    ['an empty body', message({ from }), 'emptyBody'],
    ['a whitespace body', message({ from, bodyText: ' \n\n ', bodyHtml: '   ' }), 'emptyBody'],
  ])('notes %s', (_, input, note) => {
    expect(draftFromMessage(input).notes).toContain(note);
  });

  it('survives broken HTML', () => {
    const draft = draftFromMessage(message({ from, bodyHtml: '<div><p>Hello <b>there<table><tr><td>x</div></span></html><<<>>>' }));
    expect(draft.replyText).toContain('Hello there');
  });

  it('caps a 5 MB text body and says so', () => {
    const body = 'This line repeats to make a very large body of text.\n'.repeat(100_000);
    const draft = draftFromMessage(message({ from, bodyText: body }));
    expect(draft.replyText.length).toBeLessThanOrEqual(MAX_REPLY_CHARS);
    expect(draft.notes).toContain('bodyTruncated');
  });

  it('caps a 5 MB HTML body and says so', () => {
    const html = `<div>Hello</div>${'<p>Filler paragraph with <b>bold</b> text.</p>'.repeat(120_000)}`;
    const draft = draftFromMessage(message({ from, bodyHtml: html }));
    expect(draft.replyText.startsWith('Hello')).toBe(true);
    expect(draft.notes).toContain('bodyTruncated');
  });

  it('never throws on strange input', () => {
    const odd = message({ from: { name: '\u0000\uFFFF', address: '@' }, bodyText: '\u0000'.repeat(10), bodyHtml: '<' });
    expect(() => draftFromMessage(odd)).not.toThrow();
    expect(() => draftFromMessage({ ...odd, bodyText: undefined as unknown as string, bodyHtml: undefined as unknown as string })).not.toThrow();
  });
  it('drops bidi overrides and invisible characters from the sender and signature, which would reorder or split names', () => {
    const draft = draftFromMessage(message({
      from: { name: 'Mallory, Evan \u202Efdp.exe', address: 'evan@fabrikam.com' },
      bodyText: 'Hi,\n\nThanks,\nEvan Mallory\nSales \u200BDirector\u202E\nFabrikam\nPhone: +1 425 555 0100',
    }));
    // The name reads in the order it was typed: "exe.pdf" can no longer pass for "fdp.exe".
    expect(draft.fullName?.value).toBe('Evan fdp.exe Mallory');
    expect(draft.jobTitle?.value).toBe('Sales Director');
    expect(draft.company?.value).toBe('Fabrikam');
  });
});
