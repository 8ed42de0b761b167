import type { MailMessage } from '../domain/mailMessage';

/** A named message for the benchmark harness, so slow cases can be reported by name. */
export type BenchMessage = { name: string; message: MailMessage };

/** Size of the large HTML message in the corpus (the pane must stay responsive on newsletters). */
export const LARGE_HTML_BYTES = 1_000_000;

function base(name: string, from: MailMessage['from'], bodyText: string, bodyHtml: string | null): BenchMessage {
  return {
    name,
    message: { source: 'sample', subject: name, from, to: [], cc: [], receivedAt: null, internetMessageId: null, conversationId: null, itemId: null, bodyText, bodyHtml },
  };
}

const VN_SIGNATURE = 'Trân trọng,\nNguyễn Văn An\nGiám đốc Kinh doanh\nCông ty TNHH Sao Mai\nĐịa chỉ: Số 12 đường Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh\nĐT: (028) 3822 1234 - DĐ: 0903 123 456\nWeb: www.saomai.vn';
const EN_SIGNATURE = 'Best regards,\nJohn Smith\nVP of Procurement | Contoso Ltd\n1 Microsoft Way, Suite 400\nRedmond, WA 98052\nOffice: +1 (425) 555-0100 | Mobile: +1 (206) 555-0199\nwww.contoso.com';

function paragraph(seed: number): string {
  const words = ['pricing', 'delivery', 'contract', 'meeting', 'invoice', 'schedule', 'licences', 'support', 'renewal', 'discount', 'order', 'quote'];
  const out: string[] = [];
  for (let index = 0; index < 40; index += 1) out.push(words[(seed * 7 + index * 5) % words.length] ?? 'mail');
  return `${out.join(' ')}.`;
}

function quotedThread(depth: number): string {
  const parts: string[] = [];
  for (let level = 0; level < depth; level += 1) {
    parts.push(`-----Original Message-----\nFrom: Person ${level} <p${level}@example.com>\nSent: Monday, November ${level + 1}, 2026 9:00 AM\nTo: Sales\nSubject: RE: Order\n\n${paragraph(level)}\n${paragraph(level + 1)}\n\nRegards,\nPerson ${level}\n`);
  }
  return parts.join('\n');
}

function largeHtml(bytes: number): string {
  const head = `<html><body><div dir="ltr"><div>Hi team,</div><div><br></div><div>Please find the newsletter below.</div><div><br></div><div>Cheers,</div><div>Lan Pham</div><div>Mobile: 0909 888 777</div></div>`;
  const row = '<tr><td style="padding:4px"><p>Product update: new features, faster sync and better reports for every team.</p></td><td><a href="https://example.com/p">Read more</a></td></tr>';
  const rows: string[] = [];
  let size = head.length;
  while (size < bytes) {
    rows.push(row);
    size += row.length;
  }
  return `${head}<table>${rows.join('')}</table></body></html>`;
}

/**
 * A deterministic mix of realistic messages for timing `draftFromMessage`: short replies, VN and
 * English signatures, long quoted threads, Outlook and Gmail HTML, and one ~1 MB HTML body.
 */
export function benchCorpus(): BenchMessage[] {
  const an = { name: 'Nguyễn Văn An', address: 'an@saomai.com.vn' };
  const john = { name: 'Smith, John', address: 'john.smith@contoso.com' };
  const corpus: BenchMessage[] = [
    base('short-reply', john, 'Sounds good, thanks!\n\nJohn', null),
    base('vn-signature', an, `Chào chị,\n\nEm gửi báo giá như đã trao đổi.\n\n${VN_SIGNATURE}\n\nVào 09:00, Th 2, 16 thg 11, 2026 Lan <lan@x.vn> đã viết:\n> Anh gửi giúp em báo giá.\n`, null),
    base('en-signature-thread', john, `Hi Lan,\n\n${paragraph(3)}\n\n${EN_SIGNATURE}\n\n${quotedThread(6)}`, null),
    base('long-thread', john, `${paragraph(1)}\n\n${EN_SIGNATURE}\n\n${quotedThread(40)}`, null),
    base(
      'outlook-html',
      john,
      '',
      `<html><body><p class="MsoNormal">Hi Lan,</p><p class="MsoNormal">${paragraph(5)}</p><p class="MsoNormal">&nbsp;</p>${EN_SIGNATURE.split('\n')
        .map((line) => `<p class="MsoNormal">${line}</p>`)
        .join('')}<div id="divRplyFwdMsg"><b>From:</b> Lan<br><b>Sent:</b> Monday</div>${`<p>${paragraph(7)}</p>`.repeat(50)}</body></html>`,
    ),
    base('gmail-html', an, '', `<div dir="ltr"><div>Ok anh.</div><div><br></div>${VN_SIGNATURE.split('\n').map((line) => `<div>${line}</div>`).join('')}</div><div class="gmail_quote"><blockquote class="gmail_quote">${paragraph(2).repeat(30)}</blockquote></div>`),
    base('large-html-1mb', an, '', largeHtml(LARGE_HTML_BYTES)),
  ];
  for (let index = 0; index < 13; index += 1) {
    corpus.push(base(`plain-${index}`, index % 2 ? an : john, `${paragraph(index)}\n\n${index % 2 ? VN_SIGNATURE : EN_SIGNATURE}\n\n${quotedThread(index % 4)}`, null));
  }
  return corpus;
}
