import { Combobox, Field, Option } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { AccountId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';

const CREATE = '__create__';
const NONE = '__none__';

/** Pick an existing account by typing, or create one with the typed name. */
export function AccountPicker({ value, onChange }: { value: AccountId | null; onChange: (id: AccountId | null) => void }) {
  const { t } = useI18n();
  const { lookups } = useRepositories();
  const current = useLiveQuery(() => (value ? lookups.account(value) : undefined), [lookups, value]);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? current?.name ?? '';
  const found = useLiveQuery(() => lookups.searchAccounts(shown), [lookups, shown]) ?? [];
  const exact = found.some((a) => a.name.toLowerCase() === shown.trim().toLowerCase());
  return (
    <Field label={t('record.field.account')}>
      <Combobox
        freeform
        placeholder={t('record.account.placeholder')}
        value={shown}
        onInput={(event) => setText((event.target as HTMLInputElement).value)}
        onOptionSelect={async (_, data) => {
          if (data.optionValue === CREATE) {
            const account = await lookups.findOrCreateAccount(shown);
            onChange(account.id);
          } else if (data.optionValue === NONE) onChange(null);
          else if (data.optionValue) onChange(data.optionValue as AccountId);
          setText(null);
        }}
      >
        <Option value={NONE} text="">
          {t('record.account.none')}
        </Option>
        {found.map((a) => (
          <Option key={a.id} value={a.id} text={a.name}>
            {a.name}
          </Option>
        ))}
        {shown.trim() && !exact ? (
          <Option value={CREATE} text={shown}>
            {t('record.account.create', { name: shown.trim() })}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
