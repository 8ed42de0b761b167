import { foldedWords, foldText } from '../fold';

describe('foldText', () => {
  it.each([
    ['Nguyễn', 'nguyen'],
    ['Đặng', 'dang'],
    ['đường Lê Lợi', 'duong le loi'],
    ['TRẦN THỊ MAI', 'tran thi mai'],
    ['Phạm Hữu Ước', 'pham huu uoc'],
    ['François Müller', 'francois muller'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    // windows-1258 style decomposed input folds the same as composed input
    ['Tra\u0300n', 'tran'],
  ])('should fold %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('foldedWords', () => {
  it('should split names and companies into unique folded words', () => {
    expect(foldedWords('Nguyễn Văn An', 'Công ty TNHH Hoàng-Phát')).toEqual(['nguyen', 'van', 'an', 'cong', 'ty', 'tnhh', 'hoang', 'phat']);
  });

  it('should drop empty texts and repeated words', () => {
    expect(foldedWords(null, '', 'An an AN', undefined)).toEqual(['an']);
  });
});
