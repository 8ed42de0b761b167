import { Button, Field, Input, makeStyles, Select, Subtitle2, Text, Textarea, tokens } from '@fluentui/react-components';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { CUSTOM_FIELD_KINDS, validateCustomFieldDef, type CustomFieldDefError } from '../../domain/customFields';
import type { CustomFieldKind } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { ValidationError } from '../../storage/errors';
import { useRepositories } from '../shell/RepositoriesContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
});

/** Define the extra fields every lead shows (text, number, date, yes/no, choice list). */
export function CustomFieldsSettings() {
  const styles = useStyles();
  const { t } = useI18n();
  const { lookups } = useRepositories();
  const fields = useLiveQuery(() => lookups.customFields(), [lookups]) ?? [];
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CustomFieldKind>('text');
  const [choices, setChoices] = useState('');
  const [errors, setErrors] = useState<CustomFieldDefError[]>([]);
  const message = (field: 'name' | 'choices') => {
    const e = errors.find((x) => x.field === field);
    if (!e) return undefined;
    return field === 'choices' ? t('customFields.error.choices') : t(`customFields.error.${e.code as 'required' | 'taken' | 'tooLong'}`);
  };
  const add = async () => {
    const draft = { name, kind, choices: choices.split('\n') };
    const found = validateCustomFieldDef(draft, fields);
    setErrors(found);
    if (found.length) return;
    try {
      await lookups.addCustomField(draft);
      setName('');
      setChoices('');
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors as CustomFieldDefError[]);
      else throw error;
    }
  };
  return (
    <section className={styles.root} aria-label={t('customFields.title')}>
      <Subtitle2 as="h2">{t('customFields.title')}</Subtitle2>
      <ul className={styles.list}>
        {fields.map((f) => (
          <li key={f.id} className={styles.item}>
            <Text>
              {f.name} · {t(`customFields.kind.${f.kind}`)}
            </Text>
            <Button appearance="subtle" icon={<Delete20Regular />} aria-label={t('customFields.remove', { name: f.name })} onClick={() => void lookups.removeCustomField(f.id)} />
          </li>
        ))}
      </ul>
      <Field label={t('customFields.name')} validationMessage={message('name')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t('customFields.kind')}>
        <Select value={kind} onChange={(_, d) => setKind(d.value as CustomFieldKind)}>
          {CUSTOM_FIELD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`customFields.kind.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      {kind === 'choice' && (
        <Field label={t('customFields.choices')} validationMessage={message('choices')}>
          <Textarea value={choices} onChange={(_, d) => setChoices(d.value)} />
        </Field>
      )}
      <div>
        <Button onClick={() => void add()}>{t('customFields.add')}</Button>
      </div>
    </section>
  );
}
