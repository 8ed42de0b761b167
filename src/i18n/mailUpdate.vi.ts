import type { mailUpdateEn } from './mailUpdate.en';

export const mailUpdateVi: Record<keyof typeof mailUpdateEn, string> = {
  'mailUpdate.open': 'Cập nhật từ email này ({count})',
  'mailUpdate.title': 'Email này có thông tin mới',
  'mailUpdate.hint': 'Đánh dấu những gì cần chép vào khách hàng tiềm năng; các mục khác giữ nguyên.',
  'mailUpdate.none': 'Khách hàng tiềm năng đã có mọi thông tin trong email này.',
  'mailUpdate.apply': 'Cập nhật khách hàng tiềm năng',
  'mailUpdate.cancel': 'Hủy',
  'mailUpdate.applied': 'Đã cập nhật khách hàng tiềm năng từ email này.',
  'mailUpdate.conflict': 'Khách hàng tiềm năng vừa được sửa ở cửa sổ khác. Phiên bản mới nhất đang hiển thị; hãy xem lại các thay đổi.',
  'mailUpdate.failed': 'Chưa cập nhật được khách hàng tiềm năng: {detail}',
  'mailUpdate.fill': 'thêm',
  'mailUpdate.replace': 'thay “{current}”',
  'mailUpdate.add': 'thêm',
  'mailUpdate.field.fullName': 'Họ và tên',
  'mailUpdate.field.jobTitle': 'Chức danh',
  'mailUpdate.field.company': 'Công ty',
  'mailUpdate.field.website': 'Trang web',
  'mailUpdate.field.region': 'Tỉnh / thành phố',
  'mailUpdate.field.email': 'Email',
  'mailUpdate.field.phone': 'Điện thoại',
  'mailUpdate.field.address': 'Địa chỉ',
};
