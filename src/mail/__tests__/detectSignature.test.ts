import { detectSignature } from '../detectSignature';

const split = (text: string, names: string[] = []) => {
  const result = detectSignature(text.split('\n'), names);
  return { body: result.bodyLines.join('\n').trim(), signature: result.signatureLines.join('\n').trim(), kind: result.kind };
};

describe('detectSignature', () => {
  it.each([
    ['-- delimiter', 'See you then.\n\n-- \nJohn Smith\nContoso', 'See you then.', '-- \nJohn Smith\nContoso'],
    ['sign-off and name', 'See you then.\n\nBest regards,\nJohn Smith\nSales Director', 'See you then.', 'Best regards,\nJohn Smith\nSales Director'],
    ['sign-off with name on the same line', 'See you then.\n\nThanks, John', 'See you then.', 'Thanks, John'],
    ['Vietnamese sign-off', 'Em gửi anh báo giá.\n\nTrân trọng,\nNguyễn Văn An\nDĐ: 0903 123 456', 'Em gửi anh báo giá.', 'Trân trọng,\nNguyễn Văn An\nDĐ: 0903 123 456'],
    ['Thân ái', 'Hẹn gặp lại.\n\nThân ái,\nLan', 'Hẹn gặp lại.', 'Thân ái,\nLan'],
    ['French', 'À bientôt.\n\nCordialement,\nJean Dupont', 'À bientôt.', 'Cordialement,\nJean Dupont'],
    ['German', 'Bis bald.\n\nMit freundlichen Grüßen\nJürgen Müller', 'Bis bald.', 'Mit freundlichen Grüßen\nJürgen Müller'],
    ['dash name', 'Works for me.\n\n-Abhishek Kona', 'Works for me.', '-Abhishek Kona'],
    ['bare sender name', 'Can you send the curves?\n\nPhillip', 'Can you send the curves?', 'Phillip'],
    ['mobile footer', 'Works for me.\n\nSent from my iPhone', 'Works for me.', 'Sent from my iPhone'],
    ['Vietnamese mobile footer', 'Ok em.\n\nGửi từ iPhone của tôi', 'Ok em.', 'Gửi từ iPhone của tôi'],
    ['name block with contacts', 'Please call me.\n\nJeff Dasovich\nEnron Government Affairs\n713-853-7041 (office)', 'Please call me.', 'Jeff Dasovich\nEnron Government Affairs\n713-853-7041 (office)'],
    ['sign-off, delimiter and footer together', 'Thanks for your help!\n\nBest regards,\nJohn\n\n--\nJohn Doe\nSenior Developer\n\nSent from my iPhone', 'Thanks for your help!', 'Best regards,\nJohn\n\n--\nJohn Doe\nSenior Developer\n\nSent from my iPhone'],
  ])('finds a %s signature', (_, text, body, signature) => {
    const result = split(text, ['phillip', 'allen']);
    expect(result.body).toBe(body);
    expect(result.signature).toBe(signature);
  });

  it.each([
    ['regards inside a sentence', 'I am writing with regards to the payment.\nPlease confirm.'],
    ['"--" inside code', 'Here is the code:\n\n```\nconst sig = "--";\n--\nJohn\n```\n\nNotice the dashes.'],
    ['markdown rules', 'Key points\n----\n\n1. Faster\n2. Smaller\n\n====\n\nThese are separators in my content.'],
    ['"Sent from" in content', 'The notification was sent from my iPhone app to all users.'],
    ['a one-line thank-you', 'Thanks!'],
    ['a question after thanks', 'Hi John,\n\nThanks!\nCan we meet at 3pm tomorrow to go through the numbers?'],
    ['a bare thank-you closing a message', "Hello,\n\nI'm writing because of:\n-- first point\n-- second point\n\nI hope you can check it\n\nThanks!"],
    ['a bare Vietnamese closing', 'Chào anh,\n\nEm gửi báo giá như đã trao đổi.\n\nTrân trọng,'],
    ['a bare German closing', 'Hallo Herr Weber,\n\nanbei das Angebot.\n\nViele Grüße'],
  ])('finds no signature in %s', (_, text) => {
    expect(split(text).signature).toBe('');
  });
});

describe('detectSignature on closing phrases', () => {
  it.each(['Sounds Good', 'Tomorrow.', 'See You Soon', 'Happy Holidays'])('does not take "%s" for a name', (closing) => {
    expect(split(`We can meet at ten.\n\n${closing}`).signature).toBe('');
  });
});

describe('detectSignature on a contact block without a name', () => {
  it('takes the company, street and phone block at the end', () => {
    const result = split('Please find the draft attached.\n\nEnron North America Corp.\n1400 Smith Street\nHouston, TX 77002\nPhone: 713-853-5620');
    expect(result.signature).toBe('Enron North America Corp.\n1400 Smith Street\nHouston, TX 77002\nPhone: 713-853-5620');
  });

  it('leaves a paragraph that only mentions a number', () => {
    expect(split('Please call.\n\nMy number changed to 713-853-5620 last week and the old one is gone').signature).toBe('');
  });
});
