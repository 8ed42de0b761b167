import { Button, Caption1, makeStyles, Spinner, ToggleButton, tokens } from '@fluentui/react-components';
import { Table20Regular } from '@fluentui/react-icons/svg/table';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { ChartPoint, ChartShape } from './chartData';

// The charting package and d3 are loaded the first time a chart is drawn.
const ReportChart = lazy(() => import(/* webpackChunkName: "charts" */ './charts/ReportChart'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: 'start', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  pick: { minWidth: 0, maxWidth: '100%', justifyContent: 'flex-start', textAlign: 'start', height: 'auto', paddingLeft: 0, paddingRight: 0 },
});

/** Width of the element, followed as the pane is resized. */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * A chart with its table alternative (a toggle, for screen readers and keyboard users): in the
 * table every group is a button that does what a click on its bar does.
 */
export function ChartPanel({ shape, title, points, onPick, pickLabel }: { shape: ChartShape; title: string; points: readonly ChartPoint[]; onPick?(key: string): void; pickLabel?(point: ChartPoint): string }) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const [ref, width] = useWidth();
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US');
  return (
    <div className={styles.root} ref={ref} data-testid="chart-panel">
      <div className={styles.head}>
        <Caption1>{onPick ? t('charts.hint') : title}</Caption1>
        <ToggleButton size="small" icon={<Table20Regular />} checked={asTable} onClick={() => setAsTable((v) => !v)} aria-label={t('charts.asTable.label')} title={t('charts.asTable.label')}>
          {t('charts.asTable')}
        </ToggleButton>
      </div>
      {points.length === 0 ? (
        <Caption1>{t('charts.none')}</Caption1>
      ) : asTable ? (
        <table className={styles.table} aria-label={title}>
          <tbody>
            {points.map((p) => (
              <tr key={p.key || 'none'}>
                <th scope="row" className={styles.cell}>
                  {onPick ? (
                    <Button className={styles.pick} appearance="transparent" size="small" aria-label={pickLabel?.(p)} onClick={() => onPick(p.key)}>
                      {p.label}
                    </Button>
                  ) : (
                    p.label
                  )}
                </th>
                <td className={`${styles.cell} ${styles.number}`}>{number.format(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div role="figure" aria-label={t('charts.label', { title })}>
          <Suspense fallback={<Spinner size="tiny" label={t('app.loading')} />}>{width > 0 && <ReportChart shape={shape} title={title} points={points} width={width} onPick={onPick} />}</Suspense>
        </div>
      )}
    </div>
  );
}
