import { OfficeMockObject } from 'office-addin-mock';
import { MailReadError } from '../mailReadError';
import { createOutlookMailSource } from '../outlookMailSource';
import { readOutlookItem } from '../outlookItem';

type Callback = (result: { status: string; value?: string; error?: { message: string } }) => void;

const CoercionType = { Text: 'text', Html: 'html' };
const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };

/** An Outlook read item as office-addin-mock serves it; `failHtml` makes the HTML body read fail. */
function mockOffice({ failHtml = false, item = true } = {}) {
  const handlers: Record<string, () => void> = {};
  const messageItem = {
    itemType: 'message',
    subject: 'Báo giá phần mềm',
    from: { displayName: 'Nguyễn Văn An', emailAddress: 'an.nguyen@hoangphat.com.vn' },
    sender: { displayName: 'Nguyễn Văn An', emailAddress: 'an.nguyen@hoangphat.com.vn' },
    to: [{ displayName: 'Sales', emailAddress: 'sales@leadpane.example' }],
    cc: [{ displayName: 'Bình', emailAddress: 'binh@hoangphat.com.vn' }],
    dateTimeCreated: new Date('2026-11-18T07:05:10Z'),
    internetMessageId: '<abc@hoangphat.com.vn>',
    conversationId: 'AAQkAGI2conversation',
    itemId: 'AAMkAGI2item',
    body: {
      getAsync(coercion: string, callback: Callback) {
        if (coercion === 'html' && failHtml) callback({ status: 'failed', error: { message: 'Internal error' } });
        else callback({ status: 'succeeded', value: coercion === 'html' ? '<p>Xin chào</p>' : 'Xin chào' });
      },
    },
  };
  const data = {
    host: 'outlook',
    CoercionType,
    AsyncResultStatus,
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' } },
    context: {
      requirements: { isSetSupported: () => true },
      mailbox: {
        ...(item ? { item: messageItem } : {}),
        addHandlerAsync(event: string, handler: () => void) {
          handlers[event] = handler;
        },
        removeHandlerAsync(event: string) {
          delete handlers[event];
        },
      },
    },
  };
  const office = new OfficeMockObject(data) as unknown as typeof Office;
  (globalThis as { Office?: unknown }).Office = office;
  return { office, handlers };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('readOutlookItem', () => {
  it('should read sender, recipients, ids, date and both bodies', async () => {
    const { office } = mockOffice();
    const message = await readOutlookItem(office.context.mailbox.item as Office.MessageRead);
    expect(message).toMatchObject({
      source: 'outlook',
      subject: 'Báo giá phần mềm',
      from: { name: 'Nguyễn Văn An', address: 'an.nguyen@hoangphat.com.vn' },
      to: [{ name: 'Sales', address: 'sales@leadpane.example' }],
      cc: [{ name: 'Bình', address: 'binh@hoangphat.com.vn' }],
      internetMessageId: '<abc@hoangphat.com.vn>',
      conversationId: 'AAQkAGI2conversation',
      itemId: 'AAMkAGI2item',
      bodyText: 'Xin chào',
      bodyHtml: '<p>Xin chào</p>',
      receivedAt: Date.parse('2026-11-18T07:05:10Z'),
    });
  });

  it('should turn a failed body.getAsync into a MailReadError the pane can explain', async () => {
    const { office } = mockOffice({ failHtml: true });
    const read = readOutlookItem(office.context.mailbox.item as Office.MessageRead);
    await expect(read).rejects.toBeInstanceOf(MailReadError);
    await expect(read).rejects.toMatchObject({ code: 'bodyUnavailable', message: expect.stringContaining('Internal error') });
  });

  it('should refuse when no message is open', async () => {
    const { office } = mockOffice({ item: false });
    await expect(readOutlookItem(office.context.mailbox.item as Office.MessageRead | null)).rejects.toMatchObject({ code: 'noItem' });
  });
});

describe('createOutlookMailSource', () => {
  it('should follow ItemChanged in a pinned pane and stop after unsubscribe', async () => {
    const { office, handlers } = mockOffice();
    const source = createOutlookMailSource(office.context.mailbox);
    const listener = jest.fn();
    const unsubscribe = source.subscribe(listener);
    handlers.olkItemSelectedChanged?.();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(handlers.olkItemSelectedChanged).toBeUndefined();
    expect(await source.read()).toMatchObject({ subject: 'Báo giá phần mềm' });
  });
});
