import type { formDraftEn } from './formDraft.en';

export const formDraftVi: Record<keyof typeof formDraftEn, string> = {
  'formDraft.unsaved': 'Thay đổi chưa lưu',
  'formDraft.discard': 'Bỏ thay đổi',
  'formDraft.restored': 'Đã khôi phục thay đổi chưa lưu của bạn từ {time}.',
};
