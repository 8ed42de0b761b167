import { defaultFileAsStyle, fileAsText, nameLanguage } from '../fileAs';

describe('file as', () => {
  it.each([
    ['Nguyễn Văn An', 'vi', 'asWritten'],
    ['Tran Thi Mai', 'vi', 'asWritten'],
    ['John Smith', 'western', 'familyGiven'],
    ['Mai', 'western', 'familyGiven'],
    // Written given name first, as in much English mail: filed under the family name.
    ['An Nguyễn', 'vi', 'familyGiven'],
    ['Thảo Trần', 'vi', 'familyGiven'],
    ['Mai Anh Trần', 'vi', 'asWritten'],
  ] as const)('should read %s as %s and default to %s', (name, language, style) => {
    expect(nameLanguage(name)).toBe(language);
    expect(defaultFileAsStyle(name)).toBe(style);
  });

  it.each([
    ['John Paul Smith', 'Contoso', 'familyGiven', 'Smith, John Paul'],
    ['John Paul Smith', 'Contoso', 'givenFamily', 'John Paul Smith'],
    ['John Paul Smith', 'Contoso', 'company', 'Contoso'],
    ['John Paul Smith', '', 'company', 'John Paul Smith'],
    ['Nguyễn Văn An', '', 'familyGiven', 'Nguyễn, An Văn'],
    ['Nguyễn Văn An', '', 'givenFamily', 'An Văn Nguyễn'],
    ['Nguyễn  Văn An', '', 'asWritten', 'Nguyễn Văn An'],
    ['Cher', '', 'familyGiven', 'Cher'],
    ['An Nguyễn', '', 'familyGiven', 'Nguyễn, An'],
    ['Thị Thảo Trần', '', 'familyGiven', 'Trần, Thị Thảo'],
  ] as const)('should file %s (%s) by %s as %s', (name, company, style, expected) => {
    expect(fileAsText(name, company, style)).toBe(expected);
  });
});
