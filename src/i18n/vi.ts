import type { Messages } from './en';
import { workflowVi } from './workflow.vi';
import { recordVi } from './record.vi';
import { mailUpdateVi } from './mailUpdate.vi';
import { mailReadVi } from './mailRead.vi';
import { scoringVi } from './scoring.vi';
import { regionVi } from './region.vi';
import { restoreVi } from './restore.vi';
import { importExportVi } from './importExport.vi';
import { safeModeVi } from './safeMode.vi';
import { leadHistoryVi } from './leadHistory.vi';
import { reportsVi } from './reports.vi';
import { teamVi } from './team.vi';

/** Vietnamese catalogue: typed against the English keys, so a missing string fails the build. */
export const vi: Messages = {
  ...recordVi,
  ...mailUpdateVi,
  ...mailReadVi,
  // Feature catalogues: one spread per feature file (`<feature>.vi.ts`).
  ...workflowVi,
  ...regionVi,
  ...restoreVi,
  ...importExportVi,
  ...safeModeVi,
  ...leadHistoryVi,
  ...reportsVi,
  ...teamVi,
  ...scoringVi,
  'app.title': 'LeadPane',
  'app.loading': 'Đang tải…',
  'tabs.email': 'Email này',
  'tabs.leads': 'Khách hàng tiềm năng',
  'tabs.settings': 'Cài đặt',
  'tabs.navigation': 'Các mục của ngăn',
  'office.unavailable.title': 'Không tải được Office',
  'office.unavailable.loadFailed':
    'office.js không tải được từ máy chủ của Microsoft (mạng hoặc CDN bị chặn). Các tính năng Outlook bị tắt; bạn vẫn có thể mở tệp .eml bên dưới.',
  'office.unavailable.timeout':
    'office.js không phản hồi trong {seconds} giây. Hãy kiểm tra mạng hoặc proxy rồi mở lại ngăn. Bạn vẫn có thể mở tệp .eml bên dưới.',
  'preview.banner': 'Chế độ xem trước: không chạy trong Outlook. Hãy mở tệp .eml hoặc chọn một email mẫu.',
  'preview.openEml': 'Mở tệp .eml…',
  'preview.sampleLabel': 'Email mẫu',
  'preview.samplePlaceholder': 'Chọn một email mẫu',
  'mail.error.noItem': 'Hãy mở một email trong Outlook để tạo khách hàng tiềm năng từ email đó.',
  'mail.error.bodyUnavailable': 'Outlook không lấy được nội dung email ({detail}). Hãy thử lại hoặc mở lại email.',
  'mail.error.emlUnreadable': 'LeadPane không đọc được tệp này ({detail}). Hãy chọn tệp .eml được lưu từ chương trình email.',
  'mail.error.emlTooLarge': 'Tệp quá lớn ({detail}). LeadPane mở email tối đa 25 MB.',
  'mail.error.emlNotEmail': 'Tệp này không phải là email: nó không bắt đầu bằng phần đầu thư (có thể là ảnh, tài liệu hoặc tệp bị đổi tên). Hãy chọn tệp .eml được lưu từ chương trình email.',
  'mail.error.unknown': 'Đã xảy ra lỗi khi đọc email: {detail}',
  'mail.noMessage': 'Chưa mở email nào.',
  'mail.from': 'Người gửi',
  'mail.subject': 'Chủ đề',
  'mail.received': 'Đã nhận',
  'mail.noSender': 'Email này không có địa chỉ người gửi; hãy nhập thông tin bằng tay.',
  'lead.new.title': 'Khách hàng tiềm năng mới',
  'lead.field.fullName': 'Họ và tên',
  'lead.field.jobTitle': 'Chức danh',
  'lead.field.company': 'Công ty',
  'lead.field.email': 'Email',
  'lead.field.phone': 'Điện thoại',
  'lead.field.website': 'Trang web',
  'lead.field.notes': 'Ghi chú',
  'lead.suggested': 'Gợi ý từ email',
  'lead.guess': 'Đoán: vui lòng kiểm tra',
  'lead.suggestion.accept': 'Giữ',
  'lead.suggestion.clear': 'Xóa',
  'lead.suggestion.acceptField': 'Giữ {field}',
  'lead.suggestion.clearField': 'Xóa {field}',
  'lead.suggestion.from': 'Lấy từ email: “{line}”',
  'lead.save': 'Lưu khách hàng tiềm năng',
  'lead.saving': 'Đang lưu…',
  'lead.saved': 'Đã lưu khách hàng tiềm năng và ghi email này vào lịch sử.',
  'lead.error.required': 'Hãy nhập họ và tên: đây là trường bắt buộc duy nhất.',
  'lead.error.tooLong': 'Hãy rút ngắn còn tối đa {max} ký tự.',
  'lead.error.invalidEmail': '“{value}” không phải địa chỉ email. Hãy dùng dạng ten@congty.com.',
  'lead.error.duplicateEmail': '“{value}” đã có ở trên. Hãy xóa một trong hai.',
  'lead.error.saveFailed': 'Chưa lưu được khách hàng tiềm năng: {detail}. Không có gì bị thay đổi; hãy thử lại.',
  'lead.known': 'Khách hàng tiềm năng đã có',
  'lead.logEmail': 'Ghi email này',
  'lead.logged': 'Email này đã có trong lịch sử của khách hàng tiềm năng.',
  'lead.alreadyLogged': 'Email này đã được ghi trước đó.',
  'lead.history': 'Lịch sử',
  'lead.history.empty': 'Chưa có lịch sử.',
  'lead.back': 'Quay lại danh sách',
  'lead.openRecord': 'Mở hồ sơ đầy đủ',
  'lead.created': 'Tạo lúc {date}',
  'leads.title': 'Khách hàng tiềm năng',
  'leads.empty': 'Chưa có khách hàng tiềm năng nào. Hãy mở một email và lưu người gửi.',
  'leads.count': '{count} khách hàng tiềm năng',
  'leads.open': 'Mở {name}',
  'settings.language': 'Ngôn ngữ',
  'settings.language.auto': 'Theo Office ({language})',
  'settings.language.en': 'English',
  'settings.language.vi': 'Tiếng Việt',
  'settings.saved': 'Đã lưu cài đặt.',
  'error.boundary': 'Không hiển thị được phần này của LeadPane: {detail}. Dữ liệu của bạn vẫn an toàn; hãy mở lại ngăn.',
  'activity.email': 'Email',
};
