import { foldText } from '../fold';
import { REGION_ALIASES, regionFromAddress, VIETNAM_PROVINCES_2025, VIETNAM_PROVINCES_BEFORE_2025, VIETNAM_REGIONS } from '../region';

describe('the region lists', () => {
  it('should hold the 34 units since July 2025 and the 63 before, Huế being the only new name', () => {
    expect(new Set(VIETNAM_PROVINCES_2025).size).toBe(34);
    expect(new Set(VIETNAM_PROVINCES_BEFORE_2025).size).toBe(63);
    expect(VIETNAM_REGIONS.filter((r) => !VIETNAM_PROVINCES_BEFORE_2025.includes(r))).toEqual(['Huế']);
    expect(VIETNAM_REGIONS).toHaveLength(64);
  });

  it('should have no two names that fold to the same letters', () => {
    const folded = VIETNAM_REGIONS.map((r) => foldText(r));
    expect(new Set(folded).size).toBe(folded.length);
    for (const region of Object.keys(REGION_ALIASES)) expect(VIETNAM_REGIONS).toContain(region);
  });

  it.each(VIETNAM_REGIONS.map((r) => [r]))('should find %s at the end of an address, with or without diacritics', (region) => {
    expect(regionFromAddress(`Số 5, Phường 1, ${region}`)).toBe(region);
    expect(regionFromAddress(`So 5, Phuong 1, ${foldText(region)}`)).toBe(region);
    expect(regionFromAddress(`Số 5, Phường 1, Tỉnh ${region.toUpperCase()}`)).toBe(region);
  });
});

describe('regionFromAddress', () => {
  it.each([
    ['12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['12 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM', 'Hồ Chí Minh'],
    ['Tầng 5, 123 Nguyễn Huệ, Q1, TPHCM, Việt Nam', 'Hồ Chí Minh'],
    ['12 Le Loi Street, District 1, Ho Chi Minh City, Vietnam', 'Hồ Chí Minh'],
    ['45 Pasteur, Q3, Tp Ho Chi Minh 700000', 'Hồ Chí Minh'],
    ['Lầu 2, 68 Nam Kỳ Khởi Nghĩa, Sài Gòn', 'Hồ Chí Minh'],
    ['Office 9, 10 Ton Duc Thang, HCMC', 'Hồ Chí Minh'],
    ['Số 1 Đại Cồ Việt, Hai Bà Trưng, Hà Nội', 'Hà Nội'],
    ['Số 1 Dai Co Viet, Hai Ba Trung, Ha Noi, Vietnam', 'Hà Nội'],
    ['Tòa nhà Keangnam, Phạm Hùng, Nam Từ Liêm, Hanoi 100000', 'Hà Nội'],
    ['Ngõ 10, Cầu Giấy, HN', 'Hà Nội'],
    ['Số 5 - Ngõ 10 - Cầu Giấy - Thành phố Hà Nội', 'Hà Nội'],
    ['255 Hùng Vương, Hải Châu, Đà Nẵng', 'Đà Nẵng'],
    ['KCN Đình Vũ, Hải An, Hải Phòng.', 'Hải Phòng'],
    ['12 đường 3/2, Ninh Kiều, TP. Cần Thơ', 'Cần Thơ'],
    ['89 Trần Hưng Đạo, TP Vũng Tàu, Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['KCN Phú Mỹ, Tân Thành, Bà Rịa–Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Thị xã Phú Mỹ, BR-VT', 'Bà Rịa - Vũng Tàu'],
    ['7 Lê Lợi, Phú Hội, Thừa Thiên Huế', 'Thừa Thiên Huế'],
    ['7 Lê Lợi, Phú Hội, TT-Huế', 'Thừa Thiên Huế'],
    ['7 Lê Lợi, phường Thuận Hóa, thành phố Huế', 'Huế'],
    ['Xã Ea Kao, TP Buôn Ma Thuột, Đắk Lắk', 'Đắk Lắk'],
    ['Buon Ma Thuot, Daklak', 'Đắk Lắk'],
    // The older tone placement (Hoá) is the same name as Hóa.
    ['123 Lê Lai, TP Thanh Hoá, Thanh Hoá', 'Thanh Hóa'],
    ['Nha Trang, Khánh Hoà', 'Khánh Hòa'],
    // Old provinces are returned as written, not as the unit they merged into in 2025.
    ['KCN VSIP, Thuận An, Bình Dương', 'Bình Dương'],
    ['Phường 4, TP Tân An, Long An', 'Long An'],
    // The last name wins: the street or ward before it is named after another province.
    ['123 đường Hà Nội, Phường Phước Long, Thủ Đức, TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['45 Hà Nội Street Đà Nẵng', 'Đà Nẵng'],
    ['Thị xã Quảng Trị, tỉnh Quảng Trị', 'Quảng Trị'],
    // Western addresses: the city when the shape is clear.
    ['1600 Main St, Houston, TX 77002', 'Houston'],
    ['1600 Main St, Houston TX 77002, USA', 'Houston'],
    ['500 5th Ave, New York, NY', 'New York'],
    ['10 Downing St, London SW1A 2AA', 'London'],
    ['10 Downing St, London, SW1A 2AA, United Kingdom', 'London'],
    ['Friedrichstraße 43, 10117 Berlin, Germany', 'Berlin'],
    ['1 Raffles Place, Singapore 048616', 'Singapore'],
  ])('should read %s as %s', (address, region) => {
    expect(regionFromAddress(address)).toBe(region);
  });

  it.each([
    [''],
    ['   '],
    // No province written: the street and ward names must not be taken for one.
    ['45 Nguyễn Huệ, Quận 1'],
    ['45 Nguyen Hue, Quan 1'],
    ['12 Lê Lợi, Phường Bến Nghé, Quận 1'],
    ['123 đường Hà Nội, Phường Phước Long, TP. Thủ Đức'],
    ['45 Hà Nội Street'],
    ['Đường Hà Nội'],
    ['Phường Long An'],
    ['Số 9 phố Huế'],
    ['Việt Nam'],
    ['1600 Main St'],
    ['1600 Main St, Springfield'],
    ['Suite 400, 1600 Main St, ZZ 12345'],
    ['PO Box 42'],
    ['see you tomorrow'],
  ])('should find no region in %p', (address) => {
    expect(regionFromAddress(address)).toBeNull();
  });

  it('should read decomposed (windows-1258 style) text like composed text', () => {
    expect(regionFromAddress('Quận 1, Ho\u0302\u0300 Chi\u0301 Minh')).toBe('Hồ Chí Minh');
  });
});
