import { OFFICE_LOAD_TIMEOUT_MS, waitForOffice } from '../officeLoader';

type FakeWindow = Window & { __officeJsFailed?: boolean };

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.useRealTimers();
});

describe('waitForOffice', () => {
  it('should report a blocked office.js at once', async () => {
    const win = { __officeJsFailed: true } as FakeWindow;
    await expect(waitForOffice(OFFICE_LOAD_TIMEOUT_MS, win)).resolves.toEqual({ kind: 'unavailable', reason: 'loadFailed' });
  });

  it('should report a hanging office.js when the timeout passes', async () => {
    jest.useFakeTimers();
    const result = waitForOffice(OFFICE_LOAD_TIMEOUT_MS, {} as FakeWindow);
    jest.advanceTimersByTime(OFFICE_LOAD_TIMEOUT_MS - 1);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(result).resolves.toEqual({ kind: 'unavailable', reason: 'timeout' });
  });

  it('should see a plain browser when onReady gives no host', async () => {
    (globalThis as { Office?: unknown }).Office = { HostType: { Outlook: 'Outlook' }, onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(waitForOffice(1000, {} as FakeWindow)).resolves.toEqual({ kind: 'browser' });
  });

  it('should see Outlook when onReady says so, even when office.js arrives late', async () => {
    const win = {} as FakeWindow;
    const pending = waitForOffice(2000, win);
    setTimeout(() => {
      (globalThis as { Office?: unknown }).Office = { HostType: { Outlook: 'Outlook' }, onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }) };
    }, 120);
    await expect(pending).resolves.toEqual({ kind: 'outlook', info: { host: 'Outlook', platform: 'OfficeOnline' } });
  });
});
