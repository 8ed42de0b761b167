import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, Text, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { ArrowDown20Regular } from '@fluentui/react-icons/svg/arrow-down';
import { ArrowUp20Regular } from '@fluentui/react-icons/svg/arrow-up';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { Edit20Regular } from '@fluentui/react-icons/svg/edit';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { IMPORTANCE_WEIGHTS, IMPORTANCES } from '../../domain/scoring';
import type { Criterion, Importance } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { criterionErrorMessage } from './criterionErrorMessage';
import { useCriterionText } from './useCriterionText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, flexGrow: 1, minWidth: 0 },
  formRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: '140px' },
});

function ImportanceSelect({ value, onChange, label }: { value: Importance; onChange: (value: Importance) => void; label: string }) {
  const { t } = useI18n();
  return (
    <Select aria-label={label} value={value} onChange={(_, data) => onChange(data.value as Importance)}>
      {IMPORTANCES.map((importance) => (
        <option key={importance} value={importance}>{t(`scoring.importance.${importance}`)}</option>
      ))}
    </Select>
  );
}

function CriterionRow({ criterion, first, last }: { criterion: Criterion; first: boolean; last: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { scoring } = useRepositories();
  const [draft, setDraft] = useState<{ description: string; importance: Importance } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const textOf = useCriterionText();
  const description = textOf(criterion);
  const run = async (action: () => Promise<unknown>) => {
    try {
      setError(null);
      await action();
      return true;
    } catch (caught) {
      setError(criterionErrorMessage(caught, t));
      return false;
    }
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    // The words left as shown keep a default criterion built in (it goes on following the language).
    const words = draft.description.trim() === description ? criterion.description : draft.description;
    if (await run(() => scoring.updateCriterion(criterion.id, { ...draft, description: words }))) setDraft(null);
  };

  if (draft) {
    return (
      <li className={styles.row}>
        <form className={styles.form} onSubmit={(event) => void save(event)} onKeyDown={(event) => event.key === 'Escape' && setDraft(null)}>
          <Field label={t('scoring.criteria.description')} validationMessage={error} validationState={error ? 'error' : 'none'}>
            <Input autoFocus value={draft.description} onChange={(_, data) => setDraft({ ...draft, description: data.value })} />
          </Field>
          <div className={styles.formRow}>
            <ImportanceSelect label={t('scoring.criteria.importance')} value={draft.importance} onChange={(importance) => setDraft({ ...draft, importance })} />
            <Button type="submit" appearance="primary">{t('scoring.criteria.save')}</Button>
            <Button onClick={() => setDraft(null)}>{t('scoring.criteria.cancel')}</Button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className={styles.row}>
      <span className={styles.text}>
        <Text>{description}</Text>
        <Caption1>{t(`scoring.importance.${criterion.importance}`)} · {IMPORTANCE_WEIGHTS[criterion.importance]}</Caption1>
        {error && <Caption1 role="alert">{error}</Caption1>}
      </span>
      <Button appearance="subtle" icon={<ArrowUp20Regular />} disabled={first} aria-label={t('scoring.criteria.moveUp', { description })} onClick={() => void run(() => scoring.moveCriterion(criterion.id, 'up'))} />
      <Button appearance="subtle" icon={<ArrowDown20Regular />} disabled={last} aria-label={t('scoring.criteria.moveDown', { description })} onClick={() => void run(() => scoring.moveCriterion(criterion.id, 'down'))} />
      <Button appearance="subtle" icon={<Edit20Regular />} aria-label={t('scoring.criteria.edit', { description })} onClick={() => setDraft({ description, importance: criterion.importance })} />
      <Button appearance="subtle" icon={<Delete20Regular />} aria-label={t('scoring.criteria.delete', { description })} onClick={() => void run(() => scoring.deleteCriterion(criterion.id))} />
    </li>
  );
}

/** Add, edit, delete (with undo) and reorder the scoring criteria; used in settings and on a lead. */
export function CriteriaEditor() {
  const styles = useStyles();
  const { t } = useI18n();
  const { scoring } = useRepositories();
  const criteria = useLiveQuery(() => scoring.listCriteria(), [scoring]);
  const textOf = useCriterionText();
  const deleted = useLiveQuery(() => scoring.deletedCriterion(), [scoring]);
  const [description, setDescription] = useState('');
  const [importance, setImportance] = useState<Importance>('normal');
  const [error, setError] = useState<string | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setError(null);
      await scoring.addCriterion({ description, importance });
      setDescription('');
      setImportance('normal');
    } catch (caught) {
      setError(criterionErrorMessage(caught, t));
    }
  };

  return (
    <div className={styles.root}>
      <Caption1>{t('scoring.criteria.help', { ...IMPORTANCE_WEIGHTS })}</Caption1>
      {deleted && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{t('scoring.criteria.deleted', { description: textOf(deleted) })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void scoring.undoDelete()}>{t('scoring.criteria.undo')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {criteria && !criteria.length && <Caption1>{t('scoring.criteria.empty')}</Caption1>}
      {criteria && criteria.length > 0 && (
        <ul className={styles.list} aria-label={t('scoring.criteria.list')}>
          {criteria.map((criterion, index) => (
            <CriterionRow key={criterion.id} criterion={criterion} first={index === 0} last={index === criteria.length - 1} />
          ))}
        </ul>
      )}
      <form className={styles.form} onSubmit={(event) => void add(event)}>
        <Field label={t('scoring.criteria.newDescription')} validationMessage={error} validationState={error ? 'error' : 'none'}>
          <Input value={description} onChange={(_, data) => setDescription(data.value)} />
        </Field>
        <div className={styles.formRow}>
          <ImportanceSelect label={t('scoring.criteria.newImportance')} value={importance} onChange={setImportance} />
          <Button type="submit" icon={<Add20Regular />}>{t('scoring.criteria.add')}</Button>
        </div>
      </form>
    </div>
  );
}
