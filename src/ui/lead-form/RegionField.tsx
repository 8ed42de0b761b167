import { Combobox, Field, Option, OptionGroup, type FieldProps } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { regionOptions } from './regionOptions';

export type RegionFieldProps = {
  value: string;
  /** Called with what the user typed or picked. */
  onChange: (value: string) => void;
  /** The suggestion mark, when the value was filled from the email or the address. */
  hint?: FieldProps['hint'];
  validationMessage?: string;
  /** Defaults to "City / region"; the mass edit dialog calls it "New value". */
  label?: string;
  disabled?: boolean;
};

/**
 * City / region: a freeform combobox offering the Vietnamese provinces and the places the user's
 * leads already name; anything else can be typed (a foreign city). Typing narrows the list,
 * diacritics ignored.
 */
export function RegionField({ value, onChange, hint, validationMessage, label, disabled }: RegionFieldProps) {
  const { t } = useI18n();
  const { lookups } = useRepositories();
  const used = useLiveQuery(() => lookups.usedRegions(), [lookups]) ?? [];
  // What the user is typing narrows the list; picking or closing shows the whole list again.
  const [query, setQuery] = useState<string | null>(null);
  const groups = regionOptions(used, query ?? '');
  return (
    <Field label={label ?? t('region.field')} hint={hint} validationMessage={validationMessage}>
      <Combobox
        freeform
        disabled={disabled}
        placeholder={t('region.placeholder')}
        value={value}
        selectedOptions={value ? [value] : []}
        onChange={(event) => {
          setQuery(event.target.value);
          onChange(event.target.value);
        }}
        onOptionSelect={(_, data) => {
          // Typing in a freeform combobox also "selects" nothing (the typed text left the picked
          // option); the typed text is already the value then.
          if (data.optionText === undefined) return;
          setQuery(null);
          onChange(data.optionText);
        }}
        onOpenChange={(_, data) => {
          if (!data.open) setQuery(null);
        }}
      >
        {groups.map((group) => (
          <OptionGroup key={group.key} label={t(`region.group.${group.key}`)}>
            {group.regions.map((region) => (
              <Option key={region} value={region} text={region}>
                {region}
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Combobox>
    </Field>
  );
}
