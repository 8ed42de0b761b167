import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { readStorageState, requestPersistentStorage, type StorageState } from '../../storage/storageQuota';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

/** How much the browser lets LeadPane keep, and whether it may evict it. */
export function StorageSettings() {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const [state, setState] = useState<StorageState | null>(null);
  const [refused, setRefused] = useState(false);
  const refresh = useCallback(() => void readStorageState().then(setState), []);
  useEffect(refresh, [refresh]);
  return (
    <section className={styles.root} aria-label={t('storage.title')}>
      <Subtitle2 as="h2">{t('storage.title')}</Subtitle2>
      <Body1>
        {state && state.usage !== null && state.quota !== null
          ? t('storage.usage', { used: formatBytes(state.usage, locale), quota: formatBytes(state.quota, locale) })
          : t('storage.unknown')}
      </Body1>
      {state?.persisted !== null && state?.persisted !== undefined && (
        <Body1>{state.persisted ? t('storage.persisted') : refused ? t('storage.persistRefused') : t('storage.notPersisted')}</Body1>
      )}
      {state && state.persisted === false && (
        <div>
          <Button
            onClick={async () => {
              setRefused(!(await requestPersistentStorage()));
              refresh();
            }}
          >
            {t('storage.persist')}
          </Button>
        </div>
      )}
    </section>
  );
}
