import type { mailReadEn } from './mailRead.en';

export const mailReadVi: Record<keyof typeof mailReadEn, string> = {
  'mailRead.reading': 'Đang đọc email…',
  'mailRead.cancel': 'Hủy',
  'mailRead.cancelled': 'Đã hủy việc đọc email: chỉ điền tên và địa chỉ người gửi.',
};
