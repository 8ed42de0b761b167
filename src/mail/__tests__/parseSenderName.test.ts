import { GUESS_CONFIDENCE } from '../../domain/leadDraft';
import { DISPLAY_NAME_CONFIDENCE, LOCAL_PART_CONFIDENCE, parseSenderName } from '../parseSenderName';

describe('parseSenderName', () => {
  it.each([
    ['"Nguyễn Văn An"', 'an@x.vn', 'Nguyễn Văn An', 'Văn An', 'Nguyễn', null],
    ['Trần Thị Bích Ngọc', 'ngoc@x.vn', 'Trần Thị Bích Ngọc', 'Thị Bích Ngọc', 'Trần', null],
    ['Smith, John', 'js@contoso.com', 'John Smith', 'John', 'Smith', null],
    ['Allen, Phillip K.', 'pa@enron.com', 'Phillip K. Allen', 'Phillip', 'Allen', null],
    ['JOHN SMITH', 'js@contoso.com', 'John Smith', 'John', 'Smith', null],
    ['john smith', 'js@contoso.com', 'John Smith', 'John', 'Smith', null],
    ['John Smith (Contoso)', 'js@gmail.com', 'John Smith', 'John', 'Smith', 'Contoso'],
    ['John Smith | Contoso Ltd', 'js@gmail.com', 'John Smith', 'John', 'Smith', 'Contoso Ltd'],
    ['Dr. Jane Doe', 'jd@x.com', 'Jane Doe', 'Jane', 'Doe', null],
    ['Mr John Smith, PhD', 'js@x.com', 'John Smith', 'John', 'Smith', null],
    ['Anh Phạm Minh Tuấn', 'tuan@x.vn', 'Phạm Minh Tuấn', 'Minh Tuấn', 'Phạm', null],
    ['Chị Lan', 'lan@x.vn', 'Lan', 'Lan', null, null],
    ['An Nguyen', 'an@x.com', 'An Nguyen', 'An', 'Nguyen', null],
    ['NGUYỄN VĂN AN', 'an@x.vn', 'Nguyễn Văn An', 'Văn An', 'Nguyễn', null],
    ['Ludwig van Beethoven', 'lvb@x.de', 'Ludwig van Beethoven', 'Ludwig', 'van Beethoven', null],
    ['Kim Smith', 'kim@x.com', 'Kim Smith', 'Kim', 'Smith', null],
    ['Allen, Phillip K. </O=ENRON/OU=NA/CN=RECIPIENTS/CN=PALLEN>', 'pa@enron.com', 'Phillip K. Allen', 'Phillip', 'Allen', null],
  ])('reads %s', (display, address, fullName, given, family, company) => {
    const sender = parseSenderName(display, address);
    expect(sender.name?.fullName).toBe(fullName);
    expect(sender.name?.givenName).toBe(given);
    expect(sender.name?.familyName).toBe(family);
    expect(sender.companyHint).toBe(company);
    expect(sender.confidence).toBe(DISPLAY_NAME_CONFIDENCE);
  });

  it.each([
    ['', 'john.smith@contoso.com', 'John Smith'],
    ['john.smith@contoso.com', 'john.smith@contoso.com', 'John Smith'],
    ['', 'nguyen_van_an@gmail.com', 'Nguyen Van An'],
  ])('guesses from the local part with low confidence (%s <%s>)', (display, address, guess) => {
    const sender = parseSenderName(display, address);
    expect(sender.name?.fullName).toBe(guess);
    expect(sender.confidence).toBe(LOCAL_PART_CONFIDENCE);
    expect(sender.confidence).toBeLessThan(GUESS_CONFIDENCE);
  });

  it.each(['info@contoso.com', 'noreply@x.com', '12345@x.com'])('gives no name for a role or numeric address %s', (address) => {
    expect(parseSenderName('', address).name).toBeNull();
  });
});
