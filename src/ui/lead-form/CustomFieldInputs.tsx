import { Field, Input, Select, Switch } from '@fluentui/react-components';
import type { CustomFieldDef, CustomValue } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';

type Props = {
  fields: CustomFieldDef[];
  values: Record<string, CustomValue>;
  errorFor: (field: string) => string | undefined;
  onChange: (values: Record<string, CustomValue>) => void;
};

/** One input per user-defined field, typed by its kind. An emptied field is removed, not stored as "". */
export function CustomFieldInputs({ fields, values, errorFor, onChange }: Props) {
  const { t } = useI18n();
  const put = (id: string, value: CustomValue | undefined) => {
    const { [id]: _old, ...rest } = values;
    onChange(value === undefined || value === '' ? rest : { ...rest, [id]: value });
  };
  return (
    <>
      {fields.map((f) => {
        const value = values[f.id];
        const error = errorFor(`custom.${f.id}`);
        switch (f.kind) {
          case 'yesNo':
            return (
              <Switch key={f.id} label={f.name} checked={value === true} onChange={(_, d) => put(f.id, d.checked ? true : false)} />
            );
          case 'choice':
            return (
              <Field key={f.id} label={f.name} validationMessage={error}>
                <Select value={typeof value === 'string' ? value : ''} onChange={(_, d) => put(f.id, d.value || undefined)}>
                  <option value="">{t('record.choice.none')}</option>
                  {f.choices.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          case 'number':
            return (
              <Field key={f.id} label={f.name} validationMessage={error}>
                <Input
                  type="number"
                  value={value === undefined ? '' : String(value)}
                  onChange={(_, d) => put(f.id, d.value === '' ? undefined : Number(d.value))}
                />
              </Field>
            );
          case 'date':
            return (
              <Field key={f.id} label={f.name} validationMessage={error}>
                <Input type="date" value={typeof value === 'string' ? value : ''} onChange={(_, d) => put(f.id, d.value || undefined)} />
              </Field>
            );
          case 'text':
            return (
              <Field key={f.id} label={f.name} validationMessage={error}>
                <Input value={typeof value === 'string' ? value : ''} onChange={(_, d) => put(f.id, d.value)} />
              </Field>
            );
        }
      })}
    </>
  );
}
