import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular } from '@fluentui/react-icons/svg/chevron-down';
import { ChevronRight20Regular } from '@fluentui/react-icons/svg/chevron-right';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import type { LeadFilters } from '../../domain/leadQuery';
import { chipOfGroup, withChip } from '../../domain/reports/filterChips';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { chartPoints, chartShape, STRIP_CHARTS, stripDefinition, type StripChart } from './chartData';
import { ChartPanel } from './ChartPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  toggle: { alignSelf: 'flex-start' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/**
 * Dynamics' charts beside the list, collapsible: one chart at a time over the list's own filters;
 * picking a bar or slice adds it as a chip, so the list (and the chart) narrow to it.
 */
export function LeadChartStrip({ filters, onFilters }: { filters: LeadFilters; onFilters(filters: LeadFilters): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [chart, setChart] = useState<StripChart>('region');
  const bodyId = useId();
  return (
    <section className={styles.root} aria-label={t('charts.strip')}>
      <Button
        className={styles.toggle}
        size="small"
        appearance="subtle"
        icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((v) => !v)}
      >
        {open ? t('charts.strip.hide') : t('charts.strip.show')}
      </Button>
      <div id={bodyId} hidden={!open} className={styles.body}>
        {open && (
          <>
            <Field label={t('charts.pick')}>
              <Select value={chart} onChange={(_, d) => setChart(d.value as StripChart)}>
                {STRIP_CHARTS.map((c) => (
                  <option key={c} value={c}>
                    {t(`charts.kind.${c}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <StripChartView chart={chart} filters={filters} onFilters={onFilters} />
          </>
        )}
      </div>
    </section>
  );
}

function StripChartView({ chart, filters, onFilters }: { chart: StripChart; filters: LeadFilters; onFilters(filters: LeadFilters): void }) {
  const { t, locale } = useI18n();
  const { reports } = useRepositories();
  const definition = useMemo(() => stripDefinition(chart, filters), [chart, filters]);
  const output = useLiveQuery(() => reports.run(definition), [reports, JSON.stringify(definition)]);
  const points = useMemo(() => (output ? chartPoints(output, output.names, t, locale) : []), [output, t, locale]);
  const dimension = definition.groupBy[0];
  if (!output) return null;
  return (
    <ChartPanel
      shape={chartShape(dimension)}
      title={t(`charts.kind.${chart}`)}
      points={points}
      onPick={(key) => onFilters(withChip(filters, chipOfGroup({ dimension, key })))}
      pickLabel={(p) => t('charts.filterBy', { group: p.label, count: p.value })}
    />
  );
}
