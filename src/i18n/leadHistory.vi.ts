import type { leadHistoryEn } from './leadHistory.en';

export const leadHistoryVi: Record<keyof typeof leadHistoryEn, string> = {
  'leadHistory.created.form': 'Đã tạo khách hàng tiềm năng',
  'leadHistory.created.email': 'Đã tạo khách hàng tiềm năng từ một email',
  'leadHistory.created.import': 'Đã nhập từ {from}',
  'leadHistory.created.sync': 'Nhận từ {from} qua đồng bộ nhóm',
};
