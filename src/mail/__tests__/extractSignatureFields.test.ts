import { extractPhones } from '../extractPhones';
import { extractSignatureFields } from '../extractSignatureFields';

describe('extractPhones', () => {
  it.each([
    ['0903 123 456', '+84903123456', 'mobile'],
    ['+84 28 3822 1234', '+842838221234', 'work'],
    ['(028) 3822 1234', '+842838221234', 'work'],
    ['ĐT: 024.3826.1234', '+842438261234', 'work'],
    ['Điện thoại: 028 3822 1234', '+842838221234', 'work'],
    ['DĐ: 0912-345-678', '+84912345678', 'mobile'],
    ['Di động: 0988 765 432', '+84988765432', 'mobile'],
    ['Hotline: 1900 1234', '+8419001234', 'work'],
    ['Fax: (028) 3822 1235', '+842838221235', 'fax'],
    ['F: +84 28 3822 1235', '+842838221235', 'fax'],
    ['Mobile: +1 (206) 555-0199', '+12065550199', 'mobile'],
    ['Cell 713-853-7041', '+17138537041', 'mobile'],
    ['713-853-7041 (office)', '+17138537041', 'work'],
    ['Tel.: +49 711 123456', '+49711123456', 'work'],
  ])('reads %s', (line, number, kind) => {
    expect(extractPhones(line, 'VN')).toEqual([expect.objectContaining({ number, kind })]);
  });

  it('reads two numbers on one line with their own labels', () => {
    expect(extractPhones('T: +84 28 3822 1234 | M: 0903 123 456', 'VN').map((phone) => [phone.number, phone.kind])).toEqual([
      ['+842838221234', 'work'],
      ['+84903123456', 'mobile'],
    ]);
  });

  it('offers only numbers one can dial: an invalid one is left out', () => {
    expect(extractPhones('Phone: +1 555-0123', 'VN')).toEqual([]);
  });

  it.each(['Date: 10/10/2000', 'Houston, TX 77002', 'Invoice 2026-11-16', 'at 10:42 AM'])('sees no phone in %s', (line) => {
    expect(extractPhones(line, 'VN')).toEqual([]);
  });
});

describe('extractSignatureFields', () => {
  it('reads a Vietnamese signature', () => {
    const fields = extractSignatureFields(
      [
        'Trân trọng,',
        'Trần Thị Bích Ngọc',
        'Trưởng phòng Kinh doanh',
        'Công ty TNHH Sao Mai',
        'Địa chỉ: Số 12 đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh',
        'ĐT: (028) 3822 1234 - DĐ: 0903 123 456',
        'Email: ngoc@sao-mai.com.vn | Web: www.sao-mai.com.vn',
      ],
      'VN',
      'Sao Mai',
    );
    expect(fields.fullName?.value).toBe('Trần Thị Bích Ngọc');
    expect(fields.jobTitle?.value).toBe('Trưởng phòng Kinh doanh');
    expect(fields.company?.value).toBe('Công ty TNHH Sao Mai');
    expect(fields.address?.value).toBe('Số 12 đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh');
    expect(fields.phones.map((phone) => phone.value)).toEqual([
      { number: '+842838221234', kind: 'work' },
      { number: '+84903123456', kind: 'mobile' },
    ]);
    expect(fields.emails.map((email) => email.value)).toEqual(['ngoc@sao-mai.com.vn']);
    expect(fields.website?.value).toBe('www.sao-mai.com.vn');
    expect(fields.phones[0]?.origin).toBe('signature');
    expect(fields.phones[0]?.line).toBe('ĐT: (028) 3822 1234 - DĐ: 0903 123 456');
  });

  it.each([
    [['123 Lê Lợi, P. Bến Thành, Q.1, TP.HCM'], '123 Lê Lợi, P. Bến Thành, Q.1, TP.HCM'],
    [['Số 5 ngõ 12 phố Huế, quận Hai Bà Trưng, Hà Nội'], 'Số 5 ngõ 12 phố Huế, quận Hai Bà Trưng, Hà Nội'],
    [['1400 Smith Street', 'Houston, TX 77002'], '1400 Smith Street, Houston, TX 77002'],
    [['Suite 400', 'Redmond, WA 98052'], 'Suite 400, Redmond, WA 98052'],
  ])('reads the address %j', (lines, address) => {
    expect(extractSignatureFields(lines, 'VN', null).address?.value).toBe(address);
  });

  it('splits "Title at Company" and "Title | Company"', () => {
    expect(extractSignatureFields(['John Doe', 'CEO at Pandaland'], 'VN', null)).toMatchObject({ jobTitle: { value: 'CEO' }, company: { value: 'Pandaland' } });
    expect(extractSignatureFields(['VP of Sales | Contoso Ltd'], 'VN', null)).toMatchObject({ jobTitle: { value: 'VP of Sales' }, company: { value: 'Contoso Ltd' } });
  });
});
