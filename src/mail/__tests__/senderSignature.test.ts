import type { MailMessage } from '../../domain/mailMessage';
import { draftFromMessage } from '../draftFromMessage';

/**
 * Labelled cases written for issue "Email understanding, round two": the sender's own signature
 * only, phones in the right country with their kinds, signatures between rules and disclaimers,
 * titles and companies with commas, and quote detection; in English, Vietnamese, French, German.
 */
const message = (name: string, address: string, bodyText: string): MailMessage => ({
  source: 'eml', subject: '', from: { name, address }, to: [], cc: [], receivedAt: null, internetMessageId: null, conversationId: null, itemId: null, bodyText, bodyHtml: null,
});
const phones = (draft: ReturnType<typeof draftFromMessage>) => draft.phones.map((phone) => `${phone.value.kind} ${phone.value.number}${phone.value.extension ? ` x${phone.value.extension}` : ''}`);

describe('the sender\'s own signature', () => {
  it.each([
    ['a header without diacritics (vi)', 'Nguyen Thi Lan', 'Nguyễn Thị Lan', 'Thị Lan', 'Nguyễn'],
    ['a header in capitals (en)', 'JOHN SMITH', 'John Smith', 'John', 'Smith'],
    ['a header with one surname of two (es)', 'Maria Garcia', 'María García Pérez', 'María', 'Pérez'],
  ])('takes the signature\'s spelling of the sender\'s name over %s', (_, header, signed, given, family) => {
    const draft = draftFromMessage(message(header, 'lan@vinatech.com.vn', ['Dạ, em đồng ý.', '', 'Trân trọng,', signed, 'Giám đốc Mua hàng', 'M: +84 98 765 4321'].join('\n')));
    expect(draft.fullName?.value).toBe(signed);
    expect([draft.givenName, draft.familyName]).toEqual([given, family]);
  });

  it('keeps the header\'s name when the signature names someone else', () => {
    const draft = draftFromMessage(message('Nguyen Thi Lan', 'lan@vinatech.com.vn', ['Dạ, em đồng ý.', '', 'Trân trọng,', 'Nguyễn Văn Hải', 'M: +84 98 765 4321'].join('\n')));
    expect(draft.fullName?.value).toBe('Nguyen Thi Lan');
  });

  it('reads the sign-off after a ***** rule, never the quoted person at another company (en)', () => {
    const draft = draftFromMessage(message('Mark Holloway', 'mholloway@pattonboggs.com', [
      'Dan, the filing is attached. Call me if anything is unclear.',
      '',
      '*****',
      'Mark Holloway',
      'Partner',
      'Patton Boggs LLP',
      '2550 M Street, NW',
      'Washington, DC 20037',
      'Tel: (202) 457-6545',
      'Fax: (202) 457-6315',
      'Cell: (202) 365-1200',
      '',
      '-----Original Message-----',
      'From: Dan Reyes [mailto:dreyes@acmepower.com]',
      'Sent: Tuesday, March 6, 2001 10:12 AM',
      'To: Mark Holloway',
      'Subject: filing',
      '',
      'Mark, please send the filing.',
      '',
      'Dan Reyes',
      'Vice President, Regulatory Affairs',
      'Acme Power Inc.',
      'dreyes@acmepower.com',
      'Phone: 713-555-0142',
    ].join('\n')));
    expect(draft.replyText).toBe('Dan, the filing is attached. Call me if anything is unclear.');
    expect(draft.jobTitle?.value).toBe('Partner');
    expect(draft.company?.value).toBe('Patton Boggs LLP');
    expect(draft.company?.origin).toBe('signature');
    expect(draft.emails.map((email) => email.value)).toEqual(['mholloway@pattonboggs.com']);
    expect(phones(draft)).toEqual(['work +12024576545', 'fax +12024576315', 'mobile +12023651200']);
    expect(draft.address?.value).toBe('2550 M Street, NW, Washington, DC 20037');
  });

  it('leaves out a block in the reply that names another person and domain (en)', () => {
    const draft = draftFromMessage(message('Anna Berg', 'anna.berg@northwind.se', [
      'Hi Lan,',
      '',
      'Please contact our agent for the quote:',
      '',
      'Peter Cole',
      'Sales Manager, Fabrikam Ltd',
      'peter.cole@fabrikam.co.uk',
      'Mobile: +44 7700 900123',
    ].join('\n')));
    expect(draft.jobTitle).toBeNull();
    expect(draft.phones).toEqual([]);
    expect(draft.emails.map((email) => email.value)).toEqual(['anna.berg@northwind.se']);
    expect(draft.company?.origin).toBe('domain');
  });

  it('finds a signature between a ----- rule and a confidentiality notice (en)', () => {
    const draft = draftFromMessage(message('Jane Lee', 'jlee@blakes.com', [
      'Thanks, we will review the draft and revert by Friday.',
      '',
      '-----',
      'Jane Lee',
      'Associate',
      'Blake, Cassels & Graydon LLP',
      '199 Bay Street, Suite 4000',
      'Toronto, ON M5L 1A9',
      'Direct: 416-863-2400',
      '',
      'This email communication is CONFIDENTIAL AND LEGALLY PRIVILEGED. If you are not the intended recipient, please notify me at the telephone number shown above or by return email and delete this communication and any copy immediately. Thank you.',
    ].join('\n')));
    expect(draft.replyText).toBe('Thanks, we will review the draft and revert by Friday.');
    expect(draft.company?.value).toBe('Blake, Cassels & Graydon LLP');
    expect(draft.jobTitle?.value).toBe('Associate');
    expect(phones(draft)).toEqual(['work +14168632400']);
  });
});

describe('titles and companies with commas, in both orders', () => {
  it.each([
    ['Vice President, Research', 'Vice President, Research', null],
    ['Head of Operations, APAC', 'Head of Operations, APAC', null],
    ['Research VP', 'Research VP', null],
    ['Sales Director, Contoso Ltd', 'Sales Director', 'Contoso Ltd'],
    ['Giám đốc, Công ty TNHH Sao Mai', 'Giám đốc', 'Công ty TNHH Sao Mai'],
    ['Directeur commercial, Dupont S.A.', 'Directeur commercial', 'Dupont S.A.'],
    ['Geschäftsführer, Müller GmbH', 'Geschäftsführer', 'Müller GmbH'],
  ])('reads "%s"', (line, title, company) => {
    const draft = draftFromMessage(message('Chris Park', 'chris@example.org', `See you then.\n\nBest regards,\nChris Park\n${line}\n`));
    expect(draft.jobTitle?.value).toBe(title);
    if (company) expect(draft.company?.value).toBe(company);
    else expect(draft.company?.origin).not.toBe('signature');
  });

  it.each([
    ['Sony K.K.'], ['Dupont S.A.'], ['Müller GmbH'], ['Nordic Timber AB'], ['Rossi S.p.A.'], ['Công ty Cổ phần Thép Việt'], ['Saigon Trading JSC'], ['Acme Co., Ltd.'],
  ])('recognises the legal form of "%s"', (company) => {
    const draft = draftFromMessage(message('Chris Park', 'chris@example.org', `See you then.\n\nBest regards,\nChris Park\n${company}\n`));
    expect(draft.company?.value).toBe(company);
  });
});

describe('phones read in the right country, with their kinds', () => {
  it('reads a German signature: +49, Handy, Fax, durchwahl extension (de)', () => {
    const draft = draftFromMessage(message('Jürgen Weber', 'j.weber@weber-maschinen.de', [
      'Hallo Frau Nguyen,',
      '',
      'anbei das Angebot.',
      '',
      'Mit freundlichen Grüßen',
      'Jürgen Weber',
      'Vertriebsleiter',
      'Weber Maschinenbau GmbH',
      'Tel.: 089 1234567-12',
      'Handy: 0171 2345678',
      'Fax: 089 1234567-99',
    ].join('\n')));
    expect(phones(draft)).toEqual(['work +4989123456712', 'mobile +491712345678', 'fax +4989123456799']);
    expect(draft.jobTitle?.value).toBe('Vertriebsleiter');
    expect(draft.company?.value).toBe('Weber Maschinenbau GmbH');
  });

  it('reads a French signature: Tél., Portable, in France from the domain (fr)', () => {
    const draft = draftFromMessage(message('Claire Martin', 'claire.martin@dupont-sa.fr', [
      'Bonjour,',
      '',
      'Merci pour votre retour.',
      '',
      'Cordialement,',
      'Claire Martin',
      'Directrice des achats, Dupont S.A.',
      'Tél. : 01 42 68 53 00',
      'Portable : 06 12 34 56 78',
    ].join('\n')));
    expect(phones(draft)).toEqual(['work +33142685300', 'mobile +33612345678']);
    expect(draft.jobTitle?.value).toBe('Directrice des achats');
    expect(draft.company?.value).toBe('Dupont S.A.');
  });

  it('reads a Vietnamese signature: ĐT, DĐ, Hotline and máy lẻ (vi)', () => {
    const draft = draftFromMessage(message('Phạm Thu Hà', 'ha.pham@vietsteel.vn', [
      'Chào anh,',
      '',
      'Em gửi anh báo giá.',
      '',
      'Trân trọng,',
      'Phạm Thu Hà',
      'Trưởng phòng Kinh doanh',
      'Công ty Cổ phần Thép Việt',
      'ĐT: (028) 3822 1234 máy lẻ 105',
      'DĐ: 0903 123 456',
      'Hotline: 1900 1234',
    ].join('\n')));
    expect(phones(draft)).toEqual(['work +842838221234 x105', 'mobile +84903123456', 'work +8419001234']);
  });

  it('keeps an extension written after a dash: "- máy lẻ 105", "– ext. 12" (vi, en)', () => {
    const draft = draftFromMessage(message('Phạm Văn Hùng', 'hung.pham@hoangphat.vn', [
      'Bên em cần báo giá cho 30 người dùng ạ.',
      '',
      'Trân trọng,',
      'Phạm Văn Hùng',
      'Công ty Cổ phần Hoàng Phát',
      'ĐT: (028) 3823 4567 - máy lẻ 105',
      'Tel: +84 24 3936 1111 – ext. 12',
    ].join('\n')));
    expect(phones(draft)).toEqual(['work +842838234567 x105', 'work +842439361111 x12']);
  });

  it('reads a German signature above a German legal footer (Impressum, "vertrauliche Informationen") (de)', () => {
    const draft = draftFromMessage(message('Jürgen Weber', 'j.weber@mueller-technik.de', [
      'Guten Tag Frau Nguyen,',
      '',
      'wir interessieren uns für 50 Lizenzen. Könnten Sie uns ein Angebot schicken?',
      '',
      'Mit freundlichen Grüßen',
      '',
      'Jürgen Weber',
      'Leiter Einkauf',
      'Müller Technik GmbH',
      'Industriestraße 12, 70565 Stuttgart',
      'Tel.: +49 711 123456-20',
      'Fax: +49 711 123456-99',
      'Mobil: 0171 2345678',
      '',
      'Müller Technik GmbH, Sitz Stuttgart, Amtsgericht Stuttgart HRB 12345. Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.',
    ].join('\n')));
    expect(draft.company?.value).toBe('Müller Technik GmbH');
    expect(draft.jobTitle?.value).toBe('Leiter Einkauf');
    expect(phones(draft)).toEqual(['work +4971112345620', 'fax +4971112345699', 'mobile +491712345678']);
    expect(draft.address?.value).toBe('Industriestraße 12, 70565 Stuttgart');
  });

  it('reads an unlabelled US number in the US from the signature address, with its extension (en)', () => {
    const draft = draftFromMessage(message('Tom Baker', 'tom@bakerlaw.com', [
      'Works for me.',
      '',
      'Tom Baker',
      'Baker & Sons LLC',
      '1200 Smith Street, Houston, TX 77002',
      '713-853-7041 x123',
      '+44 20 7946 0958',
    ].join('\n')));
    expect(phones(draft)).toEqual(['work +17138537041 x123', 'work +442079460958']);
  });

  it('takes the number type from libphonenumber when there is no label (en, UK mobile)', () => {
    const draft = draftFromMessage(message('Amy Clark', 'amy@clark.co.uk', 'Thanks!\n\nAmy Clark\nClark Design Ltd\n07911 123456\n020 7946 0958'));
    expect(phones(draft)).toEqual(['mobile +447911123456', 'work +442079460958']);
  });

  it('uses the phoneRegion setting only when nothing else tells the country', () => {
    const draft = draftFromMessage(message('Amy Clark', 'amy@gmail.com', 'Thanks!\n\nAmy\nMobile: 07911 123456'), { phoneRegion: 'GB' });
    expect(phones(draft)).toEqual(['mobile +447911123456']);
  });
});

describe('quotes and forwards', () => {
  it.each([
    ['an Outlook header block right under the reply, no blank line (en)', 'Agreed, go ahead.\nFrom: Lan Pham <lan@saomai.vn>\nSent: Monday, November 16, 2026 9:00 AM\nTo: Tom\nSubject: Order\n\nCan we go ahead?', 'Agreed, go ahead.'],
    ['a French Outlook block (fr)', "D'accord pour jeudi.\n\nDe : Lan Pham <lan@saomai.vn>\nEnvoyé : lundi 16 novembre 2026 09:00\nÀ : Claire\nObjet : RDV\n\nJeudi ?", "D'accord pour jeudi."],
    ['a German attribution (de)', 'Passt, danke.\n\nAm Mo., 16. Nov. 2026 um 09:00 Uhr schrieb Lan Pham <lan@saomai.vn>:\n> Passt Donnerstag?', 'Passt, danke.'],
    ['a Vietnamese Outlook block (vi)', 'Ok anh nhé.\n\nTừ: Lan Pham <lan@saomai.vn>\nGửi: Thứ Hai, 16 tháng 11, 2026 9:00\nĐến: Tuấn\nChủ đề: Báo giá\n\nAnh xem giúp em.', 'Ok anh nhé.'],
    ['a forwarded chain inside a reply (en)', 'See Peter\'s note below.\n\n---------- Forwarded message ---------\nFrom: Peter <peter@x.com>\nDate: Mon, Nov 16, 2026\nSubject: Quote\n\nPlease quote 20 units.', 'See Peter\'s note below.'],
    ['a Spanish attribution (es)', 'Perfecto, gracias.\n\nEl lun, 16 nov 2026 a las 9:00, Lan Pham (<lan@saomai.vn>) escribió:\n> ¿Jueves?', 'Perfecto, gracias.'],
    ['an Italian attribution (it)', 'Va bene.\n\nIl giorno lun 16 nov 2026 alle ore 09:00 Lan Pham <lan@saomai.vn> ha scritto:\n> Giovedì?', 'Va bene.'],
    ['a Dutch attribution (nl)', 'Prima.\n\nOp ma 16 nov. 2026 om 09:00 schreef Lan Pham <lan@saomai.vn>:\n> Donderdag?', 'Prima.'],
    ['a Portuguese attribution (pt)', 'Combinado.\n\nEm seg., 16 de nov. de 2026 às 09:00, Lan Pham <lan@saomai.vn> escreveu:\n> Quinta?', 'Combinado.'],
  ])('cuts %s', (_, body, reply) => {
    expect(draftFromMessage(message('Tom Baker', 'tom@bakerlaw.com', body)).replyText).toBe(reply);
  });

  it('keeps the sender\'s last lines above a quote (en)', () => {
    const draft = draftFromMessage(message('Tom Baker', 'tom@bakerlaw.com', 'Yes.\n\nP.S. I will bring the contract.\n\nOn Mon, Nov 16, 2026 at 9:00 AM Lan <lan@saomai.vn> wrote:\n> Ok?'));
    expect(draft.replyText).toBe('Yes.\n\nP.S. I will bring the contract.');
  });
});
