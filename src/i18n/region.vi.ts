import type { regionEn } from './region.en';

export const regionVi: Record<keyof typeof regionEn, string> = {
  'region.field': 'Tỉnh / thành phố',
  'region.placeholder': 'Nhập hoặc chọn tỉnh, thành phố',
  'region.group.used': 'Nơi khác trong danh sách khách hàng tiềm năng',
  'region.group.current': 'Việt Nam (từ 7/2025)',
  'region.group.before2025': 'Việt Nam (trước 7/2025)',
  'region.suggested': 'Lấy từ địa chỉ gửi thư',
  'region.suggestion.from': 'Từ địa chỉ: “{line}”',
  'region.shown': 'Tỉnh / thành phố: {region}',
};
