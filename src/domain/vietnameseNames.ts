import { foldText } from './fold';

/**
 * The one list of Vietnamese family names: filing (`fileAs`) and reading names from email
 * (`mail/personName`) both use it, so a name is split the same way everywhere.
 * The common Vietnamese family names (họ), which cover well over 90% of people. A name whose
 * first word is one of these is read family-name-first; folded so `Nguyen` matches `Nguyễn`.
 */
export const VIETNAMESE_FAMILY_NAMES: ReadonlySet<string> = new Set(
  [
    'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
    'Ngô', 'Dương', 'Lý', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Lâm', 'Mai', 'Đinh', 'Lương',
    'Tạ', 'Hà', 'Cao', 'Tô', 'Châu', 'Quách', 'Thái', 'Tăng', 'Kiều', 'Tôn', 'Lưu', 'Văn', 'Triệu',
    'Chu', 'Khổng', 'La', 'Mạc', 'Lục', 'Kim', 'Diệp', 'Thân', 'Nghiêm', 'Từ', 'Giang', 'Phùng',
    'Hứa', 'Lã', 'Lại', 'Âu', 'Đàm', 'Đồng', 'Tống', 'Quan', 'Khúc', 'Hàn', 'Doãn', 'Viên',
  ].map(foldText),
);

/** Vietnamese middle names (tên đệm) that make a family-name-first reading near certain. */
export const VIETNAMESE_MIDDLE_NAMES: ReadonlySet<string> = new Set(
  ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Ngọc', 'Xuân', 'Hoàng', 'Công', 'Đình', 'Bảo', 'Kim', 'Thu', 'Hồng', 'Gia', 'Tuấn', 'Quốc', 'Anh', 'Thùy', 'Phương', 'Như'].map(
    foldText,
  ),
);

export function isVietnameseFamilyName(word: string): boolean {
  return VIETNAMESE_FAMILY_NAMES.has(foldText(word));
}
