import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { RatingThresholds } from '../../domain/ratingSuggestion';
import { useI18n } from '../../i18n/I18nContext';
import { RatingThresholdsValidationError } from '../../storage/scoringRepository';
import { useRepositories } from '../shell/RepositoriesContext';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  number: { width: '120px' },
});

function ThresholdsFields({ initial }: { initial: RatingThresholds }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { scoring } = useRepositories();
  const [hot, setHot] = useState(String(initial.hot));
  const [warm, setWarm] = useState(String(initial.warm));
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await scoring.setRatingThresholds({ hot: Number(hot.trim() || NaN), warm: Number(warm.trim() || NaN) });
      setMessage({ kind: 'success', text: t('scoring.thresholds.saved') });
    } catch (error) {
      const text = error instanceof RatingThresholdsValidationError
        ? t(`scoring.thresholds.error.${error.code}`)
        : t('scoring.error.saveFailed', { detail: error instanceof Error ? error.message : String(error) });
      setMessage({ kind: 'error', text });
    }
  };
  return (
    <form className={styles.form} onSubmit={(event) => void save(event)}>
      <Caption1>{t('scoring.thresholds.help')}</Caption1>
      <div className={styles.row}>
        <Field label={t('scoring.thresholds.hot')} className={styles.number}>
          <Input type="number" min={0} max={100} value={hot} onChange={(_, data) => setHot(data.value)} />
        </Field>
        <Field label={t('scoring.thresholds.warm')} className={styles.number}>
          <Input type="number" min={0} max={100} value={warm} onChange={(_, data) => setWarm(data.value)} />
        </Field>
        <Button type="submit">{t('scoring.thresholds.save')}</Button>
      </div>
      {message && <Caption1 role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</Caption1>}
    </form>
  );
}

/** The score thresholds at which a hot or warm rating is suggested. */
export function RatingThresholdsForm() {
  const { scoring } = useRepositories();
  const thresholds = useLiveQuery(() => scoring.ratingThresholds(), [scoring]);
  return thresholds ? <ThresholdsFields initial={thresholds} /> : null;
}
