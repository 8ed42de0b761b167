import {
  Badge, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Textarea, tokens, Tooltip,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { validateLead, type LeadFieldError, type LeadInput } from '../../domain/lead';
import type { Lead } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { ValidationError } from '../../storage/errors';
import { fieldErrorMessage } from './fieldErrorMessage';
import type { SuggestedField, SuggestionMark } from './leadInputFromDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export type LeadFormProps = {
  initial: LeadInput;
  marks?: Partial<Record<SuggestedField, SuggestionMark>>;
  onSave: (input: LeadInput) => Promise<Lead>;
  onSaved?: (lead: Lead) => void;
};

/** The new-lead form: prefilled suggestions are marked, every error sits next to its field. */
export function LeadForm({ initial, marks = {}, onSave, onSaved }: LeadFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [input, setInput] = useState<LeadInput>(initial);
  const [openMarks, setOpenMarks] = useState(marks);
  const [errors, setErrors] = useState<LeadFieldError[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const errorFor = (field: string) => {
    const error = errors.find((e) => e.field === field);
    return error ? fieldErrorMessage(t, error) : undefined;
  };
  const set = <K extends keyof LeadInput>(key: K, value: LeadInput[K]) => {
    setInput((previous) => ({ ...previous, [key]: value }));
    if (errors.length) setErrors([]);
  };
  // Suggested values are marked until the user accepts, edits or clears them.
  const hint = (field: SuggestedField, clear: () => void) => {
    const m = openMarks[field];
    if (!m) return undefined;
    const badge = (
      <Badge appearance="tint" color={m.kind === 'guess' ? 'warning' : 'informative'} size="small">
        {m.kind === 'guess' ? t('lead.guess') : t('lead.suggested')}
      </Badge>
    );
    return (
      <span className={styles.row}>
        {m.line ? (
          <Tooltip content={t('lead.suggestion.from', { line: m.line })} relationship="description">
            {badge}
          </Tooltip>
        ) : (
          badge
        )}
        <Button size="small" appearance="transparent" onClick={() => accept(field)}>
          {t('lead.suggestion.accept')}
        </Button>
        <Button
          size="small"
          appearance="transparent"
          onClick={() => {
            clear();
            accept(field);
          }}
        >
          {t('lead.suggestion.clear')}
        </Button>
      </span>
    );
  };
  // Editing a suggested value is accepting it: the mark goes away.
  const accept = (field: SuggestedField) => setOpenMarks(({ [field]: _removed, ...rest }) => rest);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateLead(input);
    setErrors(found);
    if (found.length) return;
    setSaving(true);
    setSaveError(null);
    try {
      const lead = await onSave(input);
      onSaved?.(lead);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors);
      else setSaveError(t('lead.error.saveFailed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  const text = (field: 'fullName' | 'jobTitle' | 'company' | 'website', label: string, required = false) => (
    <Field label={label} hint={hint(field, () => set(field, ''))} required={required} validationMessage={errorFor(field)}>
      <Input
        value={input[field]}
        onChange={(_, data) => {
          set(field, data.value);
          accept(field);
        }}
      />
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('lead.new.title')}>
      {text('fullName', t('lead.field.fullName'), true)}
      {text('jobTitle', t('lead.field.jobTitle'))}
      {text('company', t('lead.field.company'))}
      {(input.emails.length ? input.emails : [{ address: '', label: 'work' as const }]).map((email, index) => (
        <Field
          key={`email-${index}`}
          label={t('lead.field.email')}
          hint={index === 0 ? hint('emails', () => set('emails', input.emails.slice(1))) : undefined}
          validationMessage={errorFor(`emails.${index}`)}
        >
          <Input
            type="email"
            value={email.address}
            onChange={(_, data) => {
              const emails = input.emails.length ? [...input.emails] : [{ address: '', label: 'work' as const }];
              emails[index] = { ...email, address: data.value };
              set('emails', emails);
              accept('emails');
            }}
          />
        </Field>
      ))}
      {(input.phones.length ? input.phones : [{ number: '', kind: 'work' as const }]).map((phone, index) => (
        <Field
          key={`phone-${index}`}
          label={t('lead.field.phone')}
          hint={index === 0 ? hint('phones', () => set('phones', input.phones.slice(1))) : undefined}
        >
          <Input
            type="tel"
            value={phone.number}
            onChange={(_, data) => {
              const phones = input.phones.length ? [...input.phones] : [{ number: '', kind: 'work' as const }];
              phones[index] = { ...phone, number: data.value };
              set('phones', phones);
              accept('phones');
            }}
          />
        </Field>
      ))}
      {text('website', t('lead.field.website'))}
      <Field label={t('lead.field.notes')}>
        <Textarea value={input.notes} onChange={(_, data) => set('notes', data.value)} resize="vertical" />
      </Field>
      {saveError && (
        <MessageBar intent="error">
          <MessageBarBody>{saveError}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? t('lead.saving') : t('lead.save')}
        </Button>
      </div>
    </form>
  );
}
