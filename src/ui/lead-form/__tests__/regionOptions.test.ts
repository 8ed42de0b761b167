import { regionOptions } from '../regionOptions';

describe('regionOptions', () => {
  it('should list the user\'s own places first, then current provinces, then the older names', () => {
    const groups = regionOptions(['Hà Nội', 'Houston', 'Bình Dương'], '');
    expect(groups.map((g) => g.key)).toEqual(['used', 'current', 'before2025']);
    expect(groups[0]?.regions).toEqual(['Houston']);
    expect(groups[1]?.regions).toHaveLength(34);
    expect(groups[2]?.regions).toContain('Bình Dương');
    expect(groups[1]?.regions.slice(0, 3)).toEqual(['An Giang', 'Bắc Ninh', 'Cà Mau']);
  });

  it('should narrow every list by the typed text, ignoring case and diacritics', () => {
    expect(regionOptions(['Houston'], 'BINH')).toEqual([
      { key: 'current', regions: ['Ninh Bình'] },
      { key: 'before2025', regions: ['Bình Dương', 'Bình Định', 'Bình Phước', 'Bình Thuận', 'Hòa Bình', 'Quảng Bình', 'Thái Bình'] },
    ]);
    expect(regionOptions([], 'zzz')).toEqual([]);
  });
});
