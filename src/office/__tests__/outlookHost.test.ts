import { OfficeMockObject } from 'office-addin-mock';
import { canOpenMessageInOutlook, openMessageInOutlook, readOutlookHost } from '../outlookHost';

const outlook = { kind: 'outlook', info: { host: null, platform: null } } as const;

function mockOffice(context: Record<string, unknown>) {
  const office = new OfficeMockObject({ host: 'outlook', context }) as unknown as typeof Office;
  (globalThis as { Office?: unknown }).Office = office;
  return office;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('readOutlookHost', () => {
  it('should read the partition, language, theme and signed-in user of Outlook', () => {
    mockOffice({
      partitionKey: 'abc123',
      displayLanguage: 'vi-VN',
      officeTheme: { bodyBackgroundColor: '#1f1f1f' },
      mailbox: { userProfile: { displayName: 'Trần Thị Bình', emailAddress: 'binh@hoangphat.com.vn' } },
    });
    expect(readOutlookHost(outlook)).toMatchObject({
      partitionKey: 'abc123',
      displayLanguage: 'vi-VN',
      bodyBackgroundColor: '#1f1f1f',
      currentUser: { name: 'Trần Thị Bình', email: 'binh@hoangphat.com.vn' },
    });
  });

  it('should give nulls for what Outlook leaves out', () => {
    mockOffice({ mailbox: {} });
    expect(readOutlookHost(outlook)).toMatchObject({ partitionKey: null, displayLanguage: null, bodyBackgroundColor: null, currentUser: null });
  });

  it('should be null in preview: no office.js, or office.js without a mailbox', () => {
    expect(readOutlookHost({ kind: 'browser' })).toBeNull();
    expect(readOutlookHost({ kind: 'unavailable', reason: 'timeout' })).toBeNull();
    mockOffice({});
    expect(readOutlookHost(outlook)).toBeNull();
  });
});

describe('opening a message in Outlook', () => {
  it('should be offered only where the mailbox can display a message form', () => {
    expect(canOpenMessageInOutlook()).toBe(false);
    mockOffice({ mailbox: {} });
    expect(canOpenMessageInOutlook()).toBe(false);
    const opened: string[] = [];
    mockOffice({ mailbox: { displayMessageForm: (id: string) => opened.push(id) } });
    expect(canOpenMessageInOutlook()).toBe(true);
    openMessageInOutlook('AAMkAGI2item');
    expect(opened).toEqual(['AAMkAGI2item']);
  });
});
