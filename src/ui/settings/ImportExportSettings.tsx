import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { DEFAULT_LEAD_QUERY } from '../../domain/leadQuery';
import { useI18n } from '../../i18n/I18nContext';
import { ExportPanel } from '../import-export/ExportPanel';
import { ImportPanel, InterruptedImportBar } from '../import-export/ImportPanel';
import { useRepositories } from '../shell/RepositoriesContext';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }, row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

/** Settings' way in to import and to export every lead. */
export function ImportExportSettings() {
  const styles = useStyles();
  const { t } = useI18n();
  const { leads } = useRepositories();
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  const [count, setCount] = useState(0);
  const allIds = () => leads.matchingIds(DEFAULT_LEAD_QUERY);
  return (
    <section className={styles.root} aria-labelledby="import-export-settings">
      <Subtitle2 as="h2" id="import-export-settings">{t('importExport.settings.title')}</Subtitle2>
      <Caption1>{t('importExport.settings.hint')}</Caption1>
      <InterruptedImportBar />
      {open === 'import' && <ImportPanel onDone={() => setOpen(null)} />}
      {open === 'export' && <ExportPanel scope={{ view: { count, ids: allIds } }} onDone={() => setOpen(null)} />}
      {open === null && (
        <div className={styles.row}>
          <Button onClick={() => setOpen('import')}>{t('importExport.import')}</Button>
          <Button onClick={async () => {
            setCount((await allIds()).length);
            setOpen('export');
          }}>{t('importExport.export')}</Button>
        </div>
      )}
    </section>
  );
}
