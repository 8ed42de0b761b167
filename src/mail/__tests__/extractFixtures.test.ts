import path from 'node:path';
import { extractFile, looksLikeRfc822 } from '../../../scripts/extractCore';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/emails');
const run = (name: string) => extractFile(path.join(FIXTURES, name));

describe('extract CLI core over the project fixtures', () => {
  it('reads a Vietnamese reply: name, title, company, VN phones and address', async () => {
    const record = await run('vietnamese-reply.eml');
    expect(record).toMatchObject({
      fullName: 'Trần Thị Bích Ngọc',
      jobTitle: 'Trưởng phòng Kinh doanh',
      company: 'Công ty TNHH Sao Mai',
      emails: ['ngoc.tran@sao-mai.com.vn'],
      phones: [
        { number: '+842838221234', kind: 'work' },
        { number: '+84903123456', kind: 'mobile' },
      ],
      website: 'www.sao-mai.com.vn',
      address: 'Số 12 đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
      replyText: 'Chào anh An,\n\nEm đã nhận được báo giá. Bên em muốn đặt 200 bộ, giao trước ngày 15/12.\nAnh gọi lại cho em khi tiện nhé.',
    });
    expect(record.signatureText?.startsWith('Trân trọng,')).toBe(true);
    expect(record.signatureText).not.toContain('0912 000 111');
  });

  it('reads an Outlook HTML reply with divRplyFwdMsg', async () => {
    expect(await run('outlook-html-reply.eml')).toMatchObject({
      fullName: 'John Smith',
      jobTitle: 'VP of Procurement',
      company: 'Contoso Ltd',
      phones: [
        { number: '+14255550100', kind: 'work' },
        { number: '+12065550199', kind: 'mobile' },
      ],
      website: 'www.contoso.com',
      address: '1 Microsoft Way, Suite 400, Redmond, WA 98052',
      replyText: 'Hi Lan,\n\nThanks for the quote. Could we get a 10% discount for 500 seats?',
    });
  });

  it('keeps only the forwarder\'s note in a forwarded chain', async () => {
    const record = await run('forwarded-chain.eml');
    expect(record).toMatchObject({ fullName: 'Maria Garcia', company: 'Fabrikam', phones: [], replyText: 'FYI - see the request from Peter below. Can you follow up this week?', signatureText: 'Maria' });
  });

  it('reads an HTML-only Gmail message', async () => {
    expect(await run('gmail-html-only.eml')).toMatchObject({
      fullName: 'Le Hoang Nam',
      company: null,
      phones: [{ number: '+84912345678', kind: 'mobile' }],
      replyText: 'Hi,\n\nThursday 3pm works for me. Please send the invite.',
      signatureText: 'Cheers,\nNam\nMobile: +84 912 345 678',
    });
  });

  it('decodes windows-1258 (combining tone marks) and reads the signature', async () => {
    expect(await run('windows-1258.eml')).toMatchObject({
      fullName: 'Lê Minh Tuấn',
      jobTitle: 'Giám đốc',
      company: 'Công ty Cổ phần Minh Phát',
      phones: [{ number: '+84988765432', kind: 'mobile' }],
      replyText: 'Chào anh,\n\nCông ty em cần báo giá cho 50 máy. Anh gửi giúp em trong tuần này nhé.',
    });
  });

  it('decodes iso-8859-1 and cuts the German Outlook header block', async () => {
    expect(await run('iso-8859-1.eml')).toMatchObject({
      fullName: 'Jürgen Müller',
      company: 'Müller & Söhne GmbH',
      address: 'Königstraße 12, 70173 Stuttgart',
      phones: [
        { number: '+49711123456', kind: 'work' },
        { number: '+49711123457', kind: 'fax' },
      ],
      replyText: 'Guten Tag Herr Nguyen,\n\nvielen Dank für Ihr Angebot. Wir möchten gerne einen Termin vereinbaren.',
    });
  });

  it('reads an Enron-style message: X-From name, Original Message cut, short sign-off', async () => {
    expect(await run('enron-style.eml')).toMatchObject({
      fullName: 'Phillip K Allen',
      company: 'Enron',
      replyText: 'Tim,\n\nCan you send me the updated curves before the 3pm meeting?  I want to\ncompare them with what Mike sent yesterday.',
      signatureText: 'Thanks,\nPhillip',
    });
  });

  it('treats a headerless .txt file as a body (Lotus Notes forward)', async () => {
    expect(await run('notes-forward.txt')).toMatchObject({
      fullName: 'Jeff Dasovich',
      company: 'Enron Government Affairs',
      emails: [],
      phones: [
        { number: '+17138537041', kind: 'work' },
        { number: '+14155056633', kind: 'mobile' },
      ],
      replyText: 'Please handle this one.  Call me if you have questions.',
    });
  });

  it('reports a missing file with an error and empty fields', async () => {
    const record = await run('no-such-file.eml');
    expect(record.error).toMatch(/ENOENT/);
    expect(record).toMatchObject({ fullName: null, emails: [], replyText: '' });
  });

  it.each([
    ['From: a@b.c\nSubject: x\n\nbody', true],
    ['Message-ID: <1@x>\nDate: Mon\nX-From: A\n\nbody', true],
    ['Hi folks\n\nbody', false],
    ['From: John Smith <john@x.com>\nSent: Monday\nTo: Lan\n\nquoted', false],
    ['Subject: only one\n\nbody', false],
  ])('tells headers from body: %j', (text, expected) => {
    expect(looksLikeRfc822(text)).toBe(expected);
  });
});
