import { Button, Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ACTIVITY_KINDS, DEFAULT_APPOINTMENT_MS, validateActivity, type ActivityFieldError, type ActivityInput } from '../../domain/activity';
import type { ActivityKind, CallDirection } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { ValidationError } from '../../storage/errors';
import { fromDateTimeInput, toDateTimeInput } from '../../domain/dates';

const useStyles = makeStyles({
  form: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type Props = { initial: ActivityInput; kindFixed?: boolean; onSave: (input: ActivityInput) => Promise<unknown>; onCancel: () => void };

/** Adds or edits one history item; the fields follow the kind (call, appointment, task…). */
export function ActivityForm({ initial, kindFixed = false, onSave, onCancel }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const [input, setInput] = useState(initial);
  const [errors, setErrors] = useState<ActivityFieldError[]>([]);
  const set = <K extends keyof ActivityInput>(key: K, value: ActivityInput[K]) => {
    setInput((p) => ({ ...p, [key]: value }));
    setErrors([]);
  };
  const errorFor = (field: ActivityFieldError['field']) => {
    const e = errors.find((x) => x.field === field);
    return e ? t(`history.error.${e.code}`) : undefined;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateActivity(input);
    setErrors(found);
    if (found.length) return;
    try {
      await onSave(input);
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors as ActivityFieldError[]);
      else throw error;
    }
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('history.add')}>
      {!kindFixed && (
        <Field label={t('history.field.kind')}>
          <Select
            value={input.kind}
            onChange={(_, d) => {
              const kind = d.value as ActivityKind;
              // Switching kind fills the new kind's required parts with sensible defaults.
              setInput((p) => ({
                ...p,
                kind,
                endAt: kind === 'appointment' && p.endAt === null ? p.occurredAt + DEFAULT_APPOINTMENT_MS : p.endAt,
                direction: kind === 'phone' && p.direction === null ? 'outgoing' : p.direction,
              }));
              setErrors([]);
            }}
          >
            {ACTIVITY_KINDS.filter((k) => k !== 'email').map((k) => (
              <option key={k} value={k}>
                {t(`history.kind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t('history.field.subject')} required validationMessage={errorFor('subject')}>
        <Input value={input.subject} onChange={(_, d) => set('subject', d.value)} />
      </Field>
      <Field label={input.kind === 'appointment' ? t('history.field.start') : t('history.field.when')} validationMessage={errorFor('occurredAt')}>
        <Input type="datetime-local" value={toDateTimeInput(input.occurredAt)} onChange={(_, d) => set('occurredAt', fromDateTimeInput(d.value))} />
      </Field>
      {input.kind === 'phone' && (
        <>
          <Field label={t('history.field.direction')}>
            <Select value={input.direction ?? 'outgoing'} onChange={(_, d) => set('direction', d.value as CallDirection)}>
              <option value="outgoing">{t('history.direction.outgoing')}</option>
              <option value="incoming">{t('history.direction.incoming')}</option>
            </Select>
          </Field>
          <Field label={t('history.field.duration')} validationMessage={errorFor('durationMinutes')}>
            <Input
              type="number"
              min={0}
              value={input.durationMinutes === null ? '' : String(input.durationMinutes)}
              onChange={(_, d) => set('durationMinutes', d.value === '' ? null : Number(d.value))}
            />
          </Field>
          <Field label={t('history.field.outcome')}>
            <Input value={input.outcome} onChange={(_, d) => set('outcome', d.value)} />
          </Field>
        </>
      )}
      {input.kind === 'appointment' && (
        <>
          <Field label={t('history.field.end')} validationMessage={errorFor('endAt')}>
            <Input type="datetime-local" value={toDateTimeInput(input.endAt)} onChange={(_, d) => set('endAt', fromDateTimeInput(d.value))} />
          </Field>
          <Field label={t('history.field.location')}>
            <Input value={input.location} onChange={(_, d) => set('location', d.value)} />
          </Field>
        </>
      )}
      {input.kind === 'task' && (
        <>
          <Field label={t('history.field.due')}>
            <Input
              type="datetime-local"
              value={toDateTimeInput(input.dueAt)}
              onChange={(_, d) => set('dueAt', d.value ? fromDateTimeInput(d.value) : null)}
            />
          </Field>
          <Checkbox label={t('history.field.done')} checked={input.done} onChange={(_, d) => set('done', Boolean(d.checked))} />
        </>
      )}
      <Field label={t('history.field.body')} validationMessage={errorFor('body')}>
        <Textarea value={input.body} onChange={(_, d) => set('body', d.value)} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {t('history.save')}
        </Button>
        <Button onClick={onCancel}>{t('history.cancel')}</Button>
      </div>
    </form>
  );
}
