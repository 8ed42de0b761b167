/** How long the pane waits for office.js before it says it could not load. */
export const OFFICE_LOAD_TIMEOUT_MS = 10_000;

export type OfficeHostInfo =
  | { kind: 'outlook'; info: { host: Office.HostType | null; platform: Office.PlatformType | null } }
  | { kind: 'browser' }
  | { kind: 'unavailable'; reason: 'loadFailed' | 'timeout' };

declare global {
  interface Window {
    /** Set by taskpane.html's inline onerror when the office.js script fails to load. */
    __officeJsFailed?: boolean;
  }
}

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/**
 * Waits for office.js (loaded async from Microsoft's CDN by taskpane.html) and Office.onReady.
 * A blocked or hanging CDN resolves as 'unavailable' within the timeout instead of a blank pane.
 */
export function waitForOffice(timeoutMs = OFFICE_LOAD_TIMEOUT_MS, win: Window = window): Promise<OfficeHostInfo> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: OfficeHostInfo) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      resolve(result);
    };
    const timer = setTimeout(() => finish({ kind: 'unavailable', reason: 'timeout' }), timeoutMs);
    const tryReady = (): boolean => {
      if (win.__officeJsFailed) {
        finish({ kind: 'unavailable', reason: 'loadFailed' });
        return true;
      }
      const office = officeGlobal();
      if (!office?.onReady) return false;
      void office.onReady().then((info) => {
        if (info.host === office.HostType.Outlook) finish({ kind: 'outlook', info: { host: info.host, platform: info.platform } });
        else finish({ kind: 'browser' });
      });
      return true;
    };
    // The script tag is async: it may have run already, or fail or arrive later.
    const poll = setInterval(() => {
      if (tryReady()) clearInterval(poll);
    }, 50);
    if (tryReady()) clearInterval(poll);
  });
}
