import {
  Body1, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens, useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Lead } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium, overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Deleted leads: restore puts one back everywhere; purge removes it and its history for good. */
export function RecycleBin() {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { leads } = useRepositories();
  const deleted = useLiveQuery(() => leads.recycleBin(), [leads]);
  const [purging, setPurging] = useState<Lead | null>(null);
  // Closing the confirmation puts focus back on the Delete button that opened it.
  const restoreFocusTarget = useRestoreFocusTarget();
  if (!deleted) return <Caption1>{t('app.loading')}</Caption1>;
  if (!deleted.length) return <Body1>{t('bin.empty')}</Body1>;
  return (
    <>
      <ul className={styles.list} aria-label={t('bin.title')}>
        {deleted.map((lead) => (
          <li key={lead.id} className={styles.item}>
            <Text weight="semibold">{lead.fullName}</Text>
            <Caption1>
              {[lead.company, t('bin.deletedOn', { date: formatDateTime(lead.deletedAt ?? 0) })].filter(Boolean).join(' · ')}
            </Caption1>
            <div className={styles.actions}>
              <Button size="small" appearance="primary" aria-label={t('bin.restore', { name: lead.fullName })} onClick={() => void leads.restore(lead.id)}>
                {t('bin.restore', { name: '' }).trim()}
              </Button>
              <Button size="small" {...restoreFocusTarget} aria-label={t('bin.purge', { name: lead.fullName })} onClick={() => setPurging(lead)}>
                {t('bin.confirm')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Dialog open={purging !== null} onOpenChange={(_, d) => !d.open && setPurging(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('bin.confirm')}</DialogTitle>
            <DialogContent>{purging && t('bin.purgeConfirm', { name: purging.fullName })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={async () => {
                  if (purging) await leads.purge(purging.id);
                  setPurging(null);
                }}
              >
                {t('bin.confirm')}
              </Button>
              <Button onClick={() => setPurging(null)}>{t('bin.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
