import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { LeadDuplicate } from '../../domain/duplicates';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export type DuplicateWarningProps = {
  matches: LeadDuplicate[];
  proceedLabel: string;
  onProceed: () => void;
  /** Absent where opening another record makes no sense (e.g. no navigation available). */
  onOpen?: (match: LeadDuplicate) => void;
};

/** Lists the look-alikes with why each matched; the user opens one or saves anyway. */
export function DuplicateWarning({ matches, proceedLabel, onProceed, onOpen }: DuplicateWarningProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('record.duplicates.title')}</MessageBarTitle>
        <ul className={styles.list} aria-label={t('record.duplicates.title')}>
          {matches.map((m) => (
            <li key={m.record.id}>
              {t(m.record.recordType === 'lead' ? 'record.duplicates.lead' : 'record.duplicates.contact')}: {m.record.name}
              {m.record.company && ` · ${m.record.company}`} ({m.reasons.map((r) => t(`record.duplicates.reason.${r}`)).join(', ')})
              {onOpen && m.record.recordType === 'lead' && (
                <Button size="small" appearance="transparent" onClick={() => onOpen(m)}>
                  {t('record.duplicates.open', { name: m.record.name })}
                </Button>
              )}
            </li>
          ))}
        </ul>
        <div className={styles.actions}>
          <Button appearance="primary" size="small" onClick={onProceed}>
            {proceedLabel}
          </Button>
        </div>
      </MessageBarBody>
      <MessageBarActions />
    </MessageBar>
  );
}
