import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isBuiltInSource } from '../../domain/leadSources';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';

const useStyles = makeStyles({ row: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' }, grow: { flexGrow: 1, minWidth: '8em' } });

/** Source from the editable list: built-in sources are translated, the user's own shown as typed. */
export function SourceField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { lookups } = useRepositories();
  const sources = useLiveQuery(() => lookups.sources(), [lookups]) ?? [];
  const [adding, setAdding] = useState('');
  const name = (s: string) => (isBuiltInSource(s) ? t(`record.source.${s}`) : s);
  const all = value && !sources.includes(value) ? [...sources, value] : sources;
  return (
    <>
      <Field label={t('record.field.source')}>
        <Select value={value} onChange={(_, data) => onChange(data.value)}>
          <option value="">{t('record.source.none')}</option>
          {all.map((s) => (
            <option key={s} value={s}>
              {name(s)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Input className={styles.grow} aria-label={t('record.source.new')} placeholder={t('record.source.new')} value={adding} onChange={(_, d) => setAdding(d.value)} />
        <Button
          disabled={!adding.trim()}
          onClick={async () => {
            await lookups.addSource(adding);
            onChange(adding.trim());
            setAdding('');
          }}
        >
          {t('record.source.add')}
        </Button>
      </div>
    </>
  );
}
