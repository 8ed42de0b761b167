import { splitPersonName } from '../personName';
import { defaultFileAsStyle, fileAsText, splitName, VIETNAMESE_FAMILY_NAMES } from '../../domain/fileAs';
import { VIETNAMESE_FAMILY_NAMES as LIST } from '../../domain/vietnameseNames';

describe('one list of Vietnamese family names for filing and for email', () => {
  it('is the same list in both places', () => {
    expect(VIETNAMESE_FAMILY_NAMES).toBe(LIST);
    expect(LIST.size).toBeGreaterThanOrEqual(60);
  });

  it('reads "Tăng Thanh Hà" family name first in mail and files it as written', () => {
    const read = splitPersonName('Tăng Thanh Hà');
    expect(read).toMatchObject({ familyName: 'Tăng', givenName: 'Thanh Hà', order: 'vietnamese' });
    expect(splitName('Tăng Thanh Hà')).toEqual({ family: 'Tăng', given: 'Hà', middle: 'Thanh' });
    const style = defaultFileAsStyle('Tăng Thanh Hà');
    expect(fileAsText('Tăng Thanh Hà', '', style)).toBe('Tăng Thanh Hà');
    expect(fileAsText('Tăng Thanh Hà', '', style)).not.toBe('Hà, Tăng Thanh');
  });
});
