import type { safeModeEn } from './safeMode.en';

export const safeModeVi: Record<keyof typeof safeModeEn, string> = {
  'safeMode.title': 'Chế độ an toàn',
  'safeMode.intro': 'LeadPane đã mở mà không đọc danh sách khách hàng tiềm năng, nên một bản ghi hỏng không thể làm nó dừng. Hãy sao lưu phần đọc được, hoặc khôi phục một bản sao lưu tốt.',
  'safeMode.leave': 'Thoát chế độ an toàn',
  'safeMode.open': 'Mở ở chế độ an toàn',
  'safeMode.crashed': 'LeadPane không khởi động được: {detail}. Dữ liệu của bạn không bị thay đổi. Chế độ an toàn chỉ mở Cài đặt và sao lưu.',
  'error.section': 'Không hiển thị được mục này: {detail}. Các phần khác của Cài đặt vẫn hoạt động.',
};
