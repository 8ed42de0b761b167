import { removeQuotedText } from '../removeQuotedText';

const reply = (text: string): string => removeQuotedText(text.split('\n')).replyLines.join('\n').trim();

describe('removeQuotedText', () => {
  it.each([
    ['> quotes', 'Sounds good.\n\n> Can we meet?\n> Thanks'],
    ['English attribution', 'Sounds good.\n\nOn Mon, Nov 16, 2026 at 9:00 AM John <john@x.com> wrote:\n> Can we meet?'],
    ['attribution split over two lines', 'Sounds good.\n\nOn Mon, Nov 16, 2026 at 9:00 AM John Smith <\njohn@x.com> wrote:\n> Can we meet?'],
    ['French', 'Sounds good.\n\nLe lun. 16 nov. 2026 à 09:00, Jean <jean@x.fr> a écrit :\n> Bonjour'],
    ['German', 'Sounds good.\n\nAm 16.11.2026 um 09:00 schrieb Jürgen <j@x.de>:\n> Hallo'],
    ['Spanish', 'Sounds good.\n\nEl lun, 16 nov 2026 a las 9:00, Ana (<ana@x.es>) escribió:\n> Hola'],
    ['Italian', 'Sounds good.\n\nIl giorno lun 16 nov 2026 alle ore 09:00 Marco <m@x.it> ha scritto:\n> Ciao'],
    ['Portuguese', 'Sounds good.\n\nEm seg., 16 de nov. de 2026 às 09:00, João <j@x.pt> escreveu:\n> Olá'],
    ['Dutch', 'Sounds good.\n\nOp ma 16 nov. 2026 om 09:00 schreef Jan <jan@x.nl>:\n> Hoi'],
    ['Swedish', 'Sounds good.\n\nDen mån 16 nov. 2026 kl 09:00 skrev Sven <s@x.se>:\n> Hej'],
    ['Finnish', 'Sounds good.\n\nma 16. marrask. 2026 klo 9.00 Matti <m@x.fi> kirjoitti:\n> Moi'],
    ['Russian', 'Sounds good.\n\nпн, 16 нояб. 2026 г. в 09:00, Иван <i@x.ru>:\n> Привет'],
    ['Polish', 'Sounds good.\n\nW dniu 16.11.2026 o 09:00, Jan <j@x.pl> napisał:\n> Cześć'],
    ['Vietnamese', 'Sounds good.\n\nVào 09:00, Th 2, 16 thg 11, 2026 Nguyễn Văn An <an@x.vn> đã viết:\n> Chào anh'],
    ['Outlook header block', 'Sounds good.\n\n________________________________\nFrom: John Smith <john@x.com>\nSent: Monday, November 16, 2026 9:00 AM\nTo: Lan\nSubject: Meeting\n\nCan we meet?'],
    ['Vietnamese Outlook block', 'Sounds good.\n\nTừ: Nguyễn Văn An <an@x.vn>\nGửi: Thứ Hai, 16 tháng 11, 2026 9:00\nĐến: Lan\nChủ đề: Họp\n\nChào chị'],
    ['German Outlook block', 'Sounds good.\n\nVon: Jürgen Müller\nGesendet: Montag, 16. November 2026 09:00\nAn: Lan\nBetreff: Termin'],
    ['French Outlook block', 'Sounds good.\n\nDe : Jean Dupont\nEnvoyé : lundi 16 novembre 2026 09:00\nÀ : Lan\nObjet : Rendez-vous'],
    ['bold Outlook keys', 'Sounds good.\n\n*From:* John [mailto:john@x.com]\n*Sent:* Monday\n*To:* Lan\n*Subject:* Hi'],
    ['Original Message', 'Sounds good.\n\n-----Original Message-----\nFrom: John\nSent: Monday\nTo: Lan'],
    ['German original message', 'Sounds good.\n\n-----Ursprüngliche Nachricht-----\nVon: Jürgen'],
    ['Forwarded message', 'Sounds good.\n\n---------- Forwarded message ---------\nFrom: John <john@x.com>\nDate: Mon\n'],
    ['Enron forward', 'Sounds good.\n\n---------------------- Forwarded by Phillip K Allen/HOU/ECT on 10/10/2000 01:42 PM ---------------------------\nhello'],
    ['Lotus Notes header', 'Sounds good.\n\n\nSusan J Mara@EES\n05/09/2001 10:42 AM\nTo: Jeff Dasovich/NA/Enron@Enron\ncc: Paul\nSubject: CPUC agenda\n\nAgenda'],
    ['mobile footer above the quote', 'Sounds good.\n\nSent from my iPhone\n\nCan we meet?'],
  ])('cuts %s', (_, text) => {
    expect(reply(text).split('\n')[0]).toBe('Sounds good.');
    expect(reply(text)).not.toMatch(/Can we meet|Bonjour|Hallo|Hola|Ciao|Olá|Hoi|Hej|Moi|Привет|Cześć|Chào|hello|Agenda|Original|Forwarded|From:|Từ:|Von:|De :/);
  });

  it.each([
    ['"wrote:" in a sentence', 'Here is what the client wrote:\nWe need 20 licences.'],
    ['"On" starting a sentence', 'On your remote host you can run it.\nOn second thought, no.'],
    ['a URL containing wrote', 'Check out this article https://example.com/he-wrote: it is good.'],
    ['"Sent from my" in prose', 'Sent from my desk, is much easier then my mobile phone.\nReally.'],
    ['code fences', '```\n> not a quote\n-----Original Message-----\n```\nDone'],
  ])('keeps %s', (_, text) => {
    expect(reply(text)).toBe(text);
  });

  it('keeps inline answers between quoted runs', () => {
    const text = 'On Mon, Nov 16, 2026 at 9:00 AM John <john@x.com> wrote:\n> Question one?\n\nAnswer one.\n\n> Question two?\n\nAnswer two.';
    expect(reply(text)).toBe('Answer one.\n\n\nAnswer two.');
  });
});

describe('removeQuotedText with wrapped and bottom-posted quotes', () => {
  it('drops a quoted line wrapped by the client', () => {
    const text = 'New text.\n\nOn Mon, Nov 16, 2026 at 9:00 AM John <john@x.com> wrote:\n> Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nullam pharetra d\nignissim odio?';
    expect(reply(text)).toBe('New text.');
  });

  it('keeps a bottom-posted answer under a short quote', () => {
    expect(reply('On 04/02/2012 06:26 PM, Megan wrote:\n> Hi\nHello')).toBe('Hello');
  });
});

describe('removeQuotedText on memos', () => {
  it('keeps a memo heading at the top of the body', () => {
    const text = 'To: All Employees\nFrom: Ken Lay\nSubject: Update\n\nWe are doing great.';
    expect(reply(text)).toBe(text);
  });

  it('still cuts a forwarded header block at the top', () => {
    expect(reply('From: John <john@x.com>\nSent: Monday\nTo: Lan\nSubject: Hi\n\nOld text')).toBe('');
  });
});
