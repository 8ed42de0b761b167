import { Button, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons/svg/dismiss';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { InitiatedBy } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' }, grow: { flexGrow: 1, minWidth: 0 } });

/** "Initiated by": the lead or contact who referred this one. */
export function ReferrerPicker({ value, onChange, excludeId }: { value: InitiatedBy | null; onChange: (v: InitiatedBy | null) => void; excludeId?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { lookups } = useRepositories();
  const [text, setText] = useState<string | null>(null);
  const label = (r: InitiatedBy) => t(r.type === 'lead' ? 'record.initiatedBy.lead' : 'record.initiatedBy.contact', { name: r.name });
  const shown = text ?? (value ? label(value) : '');
  const found = (useLiveQuery(() => (text ? lookups.searchReferrers(text) : Promise.resolve([])), [lookups, text]) ?? []).filter((r) => r.id !== excludeId);
  return (
    <Field label={t('record.field.initiatedBy')}>
      <div className={styles.row}>
        <Combobox
          className={styles.grow}
          freeform
          placeholder={t('record.initiatedBy.placeholder')}
          value={shown}
          onInput={(event) => setText((event.target as HTMLInputElement).value)}
          onOptionSelect={(_, data) => {
            const picked = found.find((r) => r.id === data.optionValue);
            if (picked) onChange(picked);
            setText(null);
          }}
        >
          {found.map((r) => (
            <Option key={r.id} value={r.id} text={label(r)}>
              {label(r)}
            </Option>
          ))}
        </Combobox>
        {value && <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={t('record.initiatedBy.clear')} onClick={() => onChange(null)} />}
      </div>
    </Field>
  );
}
