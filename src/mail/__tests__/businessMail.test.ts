import type { MailMessage } from '../../domain/mailMessage';
import { draftFromMessage } from '../draftFromMessage';

/** Business mail of the Enron era: Lotus Notes and Outlook 2000 headers, terse sign-offs. */
const message = (name: string, address: string, bodyText: string): MailMessage => ({
  source: 'eml', subject: '', from: { name, address }, to: [], cc: [], receivedAt: null, internetMessageId: null, conversationId: null, itemId: null, bodyText, bodyHtml: null,
});

describe('draftFromMessage on business mail', () => {
  it.each([
    [
      'a Lotus Notes header with tab-indented, blank-separated lines',
      message('Vince J Kaminski', 'vince.kaminski@enron.com', 'Shirley,\n\nPlease, put it on my calendar.\n\nVince\n\n\n\n\n\n\tJeff Dasovich@ENRON\n\t05/09/2001 10:42 AM\n\t\t \n\t\t To: Vince J Kaminski/HOU/ECT@ECT\n\t\t cc: \n\t\t Subject: Re: meeting\n\nVince, can we meet Thursday?'),
      'Shirley,\n\nPlease, put it on my calendar.',
      'Vince',
    ],
    [
      'an Outlook 2000 Original Message block under a full signature',
      message('Sara Shackleton', 'sara.shackleton@enron.com', 'Please review the attached draft.\n\nSara Shackleton\nEnron North America Corp.\n1400 Smith Street, EB 3801a\nHouston, Texas  77002\n713-853-5620 (phone)\n713-646-3490 (fax)\nsara.shackleton@enron.com\n\n -----Original Message-----\nFrom: \tTaylor, Mark  \nSent:\tTuesday, May 15, 2001 9:00 AM\nTo:\tShackleton, Sara\nSubject:\tISDA\n\nSara, any news?\n\nMark Taylor\n(713) 853-7459'),
      'Please review the attached draft.',
      'Sara Shackleton\nEnron North America Corp.\n1400 Smith Street, EB 3801a\nHouston, Texas  77002\n713-853-5620 (phone)\n713-646-3490 (fax)\nsara.shackleton@enron.com',
    ],
    [
      'a Notes "From: X on date" header',
      message('Kay Mann', 'kay.mann@enron.com', "I'm fine with that.\n\nKay\n\n\nFrom:\tBen Jacoby/ENRON@enronXgate on 05/15/2001 09:12 AM\nTo:\tKay Mann/Corp/Enron@Enron\ncc:\t \nSubject:\tTurbine\n\nKay, is the contract done?"),
      "I'm fine with that.",
      'Kay',
    ],
    [
      'a "Forwarded by" separator',
      message('Jeff Dasovich', 'jeff.dasovich@enron.com', "Here's the latest from Sacramento.\n\n---------------------- Forwarded by Jeff Dasovich/NA/Enron on 05/15/2001 11:05 AM ---------------------------\n\nSome forwarded content.\n\nRegards,\nSue"),
      "Here's the latest from Sacramento.",
      null,
    ],
    ['a double-dash name', message('', 'john.arnold@enron.com', 'what do you think?\n--John'), 'what do you think?', '--John'],
  ])('reads %s', (_, input, reply, signature) => {
    const draft = draftFromMessage(input);
    expect(draft.replyText).toBe(reply);
    expect(draft.signatureText).toBe(signature);
  });

  it('reads the fields of a full business signature', () => {
    const draft = draftFromMessage(message('Mark Taylor', 'mark.taylor@enron.com', "Thanks for the update -- I'll call you later.\n\nMark Taylor\nVice President and General Counsel\nEnron Wholesale Services\n(713) 853-7459"));
    expect(draft.fullName?.value).toBe('Mark Taylor');
    expect(draft.jobTitle?.value).toBe('Vice President and General Counsel');
    expect(draft.company).toMatchObject({ value: 'Enron Wholesale Services', origin: 'signature' });
    expect(draft.phones.map((phone) => phone.value)).toEqual([{ number: '+17138537459', kind: 'work' }]);
  });

  it('reads address, phone kinds and email from a signature', () => {
    const draft = draftFromMessage(message('Sara Shackleton', 'sara.shackleton@enron.com', 'Please review.\n\nSara Shackleton\nEnron North America Corp.\n1400 Smith Street, EB 3801a\nHouston, Texas 77002\n713-853-5620 (phone)\n713-646-3490 (fax)\nsara.shackleton@enron.com'));
    expect(draft.address?.value).toBe('1400 Smith Street, EB 3801a, Houston, Texas 77002');
    expect(draft.phones.map((phone) => phone.value)).toEqual([
      { number: '+17138535620', kind: 'work' },
      { number: '+17136463490', kind: 'fax' },
    ]);
    expect(draft.emails.map((email) => email.value)).toEqual(['sara.shackleton@enron.com']);
  });
});

describe('legal footers and initials', () => {
  it('keeps a confidentiality footer out of the reply and the signature', () => {
    const body =
      'Please see the revised schedule.\n\nThanks,\nKim\n\n**********************************************************************\nThis e-mail is the property of Enron Corp. and/or its relevant affiliate and may contain confidential and privileged material for the sole use of the intended recipient (s). Any review, use, distribution or disclosure by others is strictly prohibited.\n**********************************************************************';
    const draft = draftFromMessage(message('Kim Ward', 'kim.ward@enron.com', body));
    expect(draft.replyText).toBe('Please see the revised schedule.');
    expect(draft.signatureText).toBe('Thanks,\nKim');
    expect(draft.notes).toContain('disclaimerRemoved');
  });

  it('does not take a paragraph that mentions confidentiality for a footer', () => {
    const draft = draftFromMessage(message('Kim Ward', 'kim.ward@enron.com', 'Keep this confidential please.\n\nKim'));
    expect(draft.replyText).toBe('Keep this confidential please.');
  });

  it.each([
    ['PKA', 'PKA'],
    ['last line name without a blank line', 'Phillip'],
  ])('reads the sender by %s', (_, closing) => {
    const draft = draftFromMessage(message('Phillip K Allen', 'phillip.allen@enron.com', `Send me the file.\n${closing}`));
    expect(draft.replyText).toBe('Send me the file.');
    expect(draft.signatureText).toBe(closing);
  });
});

describe('full-name signature without a blank line', () => {
  it('starts the signature at the sender\'s full name', () => {
    const draft = draftFromMessage(message('Sara Shackleton', 'sara.shackleton@enron.com', 'Let me know.\nSara Shackleton\nEnron North America Corp.\n713-853-5620'));
    expect(draft.replyText).toBe('Let me know.');
    expect(draft.signatureText).toBe('Sara Shackleton\nEnron North America Corp.\n713-853-5620');
  });
});
