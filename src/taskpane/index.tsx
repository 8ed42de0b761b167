import { createRoot } from 'react-dom/client';
import { createTranslate, localeFromLanguageTag } from '../i18n/translate';
import { waitForOffice } from '../office/officeLoader';
import { readOutlookHost } from '../office/outlookHost';
import { createOutlookMailSource } from '../office/outlookMailSource';
import { createPreviewMailSource } from '../office/previewMailSource';
import { databaseName, LeadPaneDb } from '../storage/db';
import { createRepositories } from '../storage/repositories';
import { requestPersistentStorage } from '../storage/storageQuota';
import { createTeamSyncLoader } from '../sync/teamSyncLoader';
import { App } from '../ui/shell/App';
import { RootErrorBoundary } from '../ui/shell/RootErrorBoundary';
import { ThemedApp } from '../ui/shell/ThemedApp';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const loading = document.getElementById('loading-text');
if (loading) loading.textContent = createTranslate(localeFromLanguageTag(navigator.language))('app.loading');

async function start(root: HTMLElement) {
  performance.mark('leadpane:start');
  const host = await waitForOffice();
  // Marks let the benchmark and a developer's profiler see where start-up time goes.
  performance.mark('leadpane:office-ready');
  const outlook = readOutlookHost(host);
  const db = new LeadPaneDb(databaseName(outlook?.partitionKey ?? null));
  const repositories = createRepositories(db);
  // Open (and upgrade) the database while React renders; a failure reappears on the first query,
  // where the pane's error boundary explains it.
  db.open().catch(() => undefined);
  // The pane may hold a business's only copy of its pipeline: ask the browser not to evict it.
  void requestPersistentStorage();
  const safeMode = new URLSearchParams(location.search).has('safe');
  const preview = outlook || safeMode ? null : createPreviewMailSource();
  preview?.preload();
  const source = outlook ? createOutlookMailSource(outlook.mailbox) : preview;
  const hostLanguage = outlook?.displayLanguage || navigator.language || 'en-US';
  const officeBackground = outlook?.bodyBackgroundColor ?? null;
  const officeProblem = host.kind === 'unavailable' ? host.reason : null;
  const currentUser = outlook?.currentUser ?? null;
  const reloadWith = (search: string) => () => {
    location.search = search;
  };
  if (safeMode) {
    // Safe mode reads neither mail nor leads: Settings, backup and restore only. Its own chunk:
    // it shows Settings' sections, which would otherwise pull the whole Settings tab (import and
    // export readers and writers among them) into the first screen's bundle.
    const { SafeModeApp } = await import(/* webpackChunkName: "safe-mode" */ '../ui/shell/SafeModeApp');
    createRoot(root).render(
      <RootErrorBoundary hostLanguage={hostLanguage}>
        <ThemedApp officeBackground={officeBackground}>
          {(theme) => <SafeModeApp repositories={repositories} hostLanguage={hostLanguage} theme={theme} onLeave={reloadWith('')} />}
        </ThemedApp>
      </RootErrorBoundary>,
    );
    return;
  }
  if (!source) return;
  // Team sync loads only when a server is configured; otherwise no sync code and no request.
  const teamSync = createTeamSyncLoader(db);
  teamSync.resumeIfConfigured();
  createRoot(root).render(
    <RootErrorBoundary hostLanguage={hostLanguage} openSafeMode={reloadWith('safe')}>
      <ThemedApp officeBackground={officeBackground}>
        {(theme) => (
          <App
            repositories={repositories} source={source} preview={preview} officeProblem={officeProblem} hostLanguage={hostLanguage} theme={theme}
            currentUser={currentUser} openSafeMode={reloadWith('safe')} teamSync={teamSync}
          />
        )}
      </ThemedApp>
    </RootErrorBoundary>,
  );
  // Tell preview-mode links like ?sample=enquiry which sample to open (used by demos and the bench).
  const sampleId = new URLSearchParams(location.search).get('sample');
  if (preview && sampleId) {
    const { SAMPLE_EMAILS } = await import('../office/samples/sampleEmails');
    const sample = SAMPLE_EMAILS.find((s) => s.id === sampleId);
    if (sample) await preview.openRaw(sample.raw, 'sample');
  }
}

void start(container);
