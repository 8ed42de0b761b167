import { vietnameseSortKey } from '../viCollation';

const byKey = (a: string, b: string) => {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('vietnameseSortKey', () => {
  it('should order like Intl.Collator("vi"): alphabet, tones, case, spaces and punctuation', () => {
    const words = [
      'ma', 'mà', 'mả', 'mã', 'má', 'mạ', 'mă', 'mâ', 'Ma', 'đa', 'da', 'dz', 'e', 'ê', 'f', 'o', 'ô', 'ơ', 'u', 'ư', 'a b', 'ab', 'a, b', 'a1',
      'Nguyễn Văn An', 'Nguyen Van Anh', 'Nguyễn An', 'Đặng Thu', 'Dương Mai', 'Smith, John', 'Ông Ba', 'Ưng Hoàng', 'Zed', 'Ánh', 'Anh',
      'Trần Thị Mai', 'Trân', 'Tràn', 'Huỳnh Đức', 'Hoàng Yến', 'Phạm', 'Phan', 'Lê', 'Lệ', 'Le',
    ];
    expect([...words].sort(byKey)).toEqual([...words].sort(new Intl.Collator('vi').compare));
  });

  it('should treat composed and decomposed input alike', () => {
    expect(vietnameseSortKey('Nguy\u00ea\u0303n')).toBe(vietnameseSortKey('Nguyễn'));
  });
});
