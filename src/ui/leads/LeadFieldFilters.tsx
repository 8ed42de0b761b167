import { Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { LEAD_STATUSES, RATINGS } from '../../domain/lead';
import type { LeadFilters } from '../../domain/leadQuery';
import { isBuiltInSource } from '../../domain/leadSources';
import type { LeadStatus, Rating } from '../../domain/types';
import { vietnameseSortKey } from '../../domain/viCollation';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { dateInputValue, dayBound, numberBound, withBound } from './filterInputs';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS, minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
  input: { minWidth: 0, width: '100%' },
});

type ListField = 'regions' | 'ratings' | 'sources' | 'statuses';

/**
 * The filters the Leads list and the reports share that indexes answer: city / region, rating,
 * source and status (any of several), score range and created dates. `''` stands for "none".
 */
export function LeadFieldFilters({ value, onChange }: { value: LeadFilters; onChange(filters: LeadFilters): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { lookups } = useRepositories();
  const regions = useLiveQuery(() => lookups.usedRegions(), [lookups]) ?? [];
  const sources = useLiveQuery(() => lookups.sources(), [lookups]) ?? [];
  const sortedRegions = [...regions].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
  const sourceName = (s: string) => (isBuiltInSource(s) ? t(`record.source.${s}`) : s);

  const setList = (field: ListField, values: string[]) => {
    const next: LeadFilters = { ...value };
    if (values.length) (next as Record<ListField, readonly string[]>)[field] = values;
    else delete next[field];
    onChange(next);
  };
  const setRange = (field: 'score' | 'created', bound: 'min' | 'max', v: number | undefined) => {
    const next: LeadFilters = { ...value };
    const range = withBound(value[field], bound, v);
    if (range) next[field] = range;
    else delete next[field];
    onChange(next);
  };

  const multi = (field: ListField, label: string, options: ReadonlyArray<readonly [string, string]>) => {
    const selected = [...((value[field] ?? []) as readonly string[])];
    const names = new Map(options);
    return (
      <Field label={label}>
        <Dropdown
          className={styles.dropdown}
          multiselect
          placeholder={t('filters.any')}
          selectedOptions={selected}
          value={selected.map((v) => names.get(v) ?? v).join(', ')}
          onOptionSelect={(_, data) => setList(field, data.selectedOptions)}
        >
          {options.map(([key, name]) => (
            <Option key={key || 'none'} value={key}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  };

  return (
    <div className={styles.root}>
      {multi('regions', t('filters.region'), [...sortedRegions.map((r) => [r, r] as const), ['', t('reports.group.noRegion')]])}
      {multi('ratings', t('filters.rating'), [...RATINGS.map((r: Rating) => [r, t(`record.rating.${r}`)] as const), ['', t('reports.group.noRating')]])}
      {multi('sources', t('filters.source'), [...sources.map((s) => [s, sourceName(s)] as const), ['', t('reports.group.noSource')]])}
      {multi('statuses', t('filters.status'), LEAD_STATUSES.map((s: LeadStatus) => [s, t(`workflow.status.${s}`)] as const))}
      <Field label={t('filters.scoreMin')}>
        <Input className={styles.input} type="number" min={0} max={100} value={String(value.score?.min ?? '')} onChange={(_, d) => setRange('score', 'min', numberBound(d.value))} />
      </Field>
      <Field label={t('filters.scoreMax')}>
        <Input className={styles.input} type="number" min={0} max={100} value={String(value.score?.max ?? '')} onChange={(_, d) => setRange('score', 'max', numberBound(d.value))} />
      </Field>
      <Field label={t('filters.createdFrom')}>
        <Input className={styles.input} type="date" value={dateInputValue(value.created?.min)} onChange={(_, d) => setRange('created', 'min', dayBound(d.value, false))} />
      </Field>
      <Field label={t('filters.createdTo')}>
        <Input className={styles.input} type="date" value={dateInputValue(value.created?.max)} onChange={(_, d) => setRange('created', 'max', dayBound(d.value, true))} />
      </Field>
    </div>
  );
}
