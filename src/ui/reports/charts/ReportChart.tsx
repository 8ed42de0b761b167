import { DonutChart, HorizontalBarChartWithAxis, LineChart } from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import type { ChartPoint, ChartShape } from '../chartData';

const useStyles = makeStyles({ root: { width: '100%', minWidth: 0, overflow: 'hidden' } });

export type ReportChartProps = {
  shape: ChartShape;
  title: string;
  points: readonly ChartPoint[];
  width: number;
  /** A bar, slice or month picked (click or Enter): the list is filtered to it. */
  onPick?(key: string): void;
};

/**
 * Fluent UI's v9 charts (`@fluentui/react-charts`), in their own chunk: the pane loads them only
 * when a chart is first shown. Colours are the charts' own palette, which follows the Fluent
 * theme (dark) and the system colours (forced colours); every chart also has a table view.
 */
export default function ReportChart({ shape, title, points, width, onPick }: ReportChartProps) {
  const styles = useStyles();
  const pick = (key: string) => (onPick ? () => onPick(key) : undefined);
  if (shape === 'donut') {
    return (
      <div className={styles.root}>
        <DonutChart
          data={{ chartTitle: title, chartData: points.map((p) => ({ legend: p.label, data: p.value, onClick: pick(p.key) })) }}
          innerRadius={40}
          width={Math.min(width, 360)}
          height={200}
          hideLabels
          valueInsideDonut={points.reduce((sum, p) => sum + p.value, 0)}
        />
      </div>
    );
  }
  if (shape === 'line') {
    return (
      <div className={styles.root}>
        <LineChart
          data={{
            chartTitle: title,
            lineChartData: [
              {
                legend: title,
                data: points.map((p) => ({ x: p.at ?? 0, y: p.value, xAxisCalloutData: p.label, onDataPointClick: pick(p.key) })),
              },
            ],
          }}
          width={width}
          height={200}
          hideLegend
          xAxis={{ tickLayout: 'auto' }}
        />
      </div>
    );
  }
  // The chart draws its first point at the bottom: reversed, the largest group is on top.
  const bars = [...points].reverse();
  const longest = Math.max(...points.map((p) => p.label.length), 4);
  const max = Math.max(...points.map((p) => p.value), 1);
  return (
    <div className={styles.root}>
      <HorizontalBarChartWithAxis
        chartTitle={title}
        data={bars.map((p) => ({ x: p.value, y: p.label, legend: p.label, onClick: pick(p.key) }))}
        width={width}
        height={Math.max(120, 48 + points.length * 30)}
        barHeight={18}
        hideLegend
        useSingleColor
        showYAxisLablesTooltip
        noOfCharsToTruncate={LABEL_CHARS}
        // Room for the group names on the left, as much as they need up to LABEL_CHARS.
        margins={{ left: Math.min(longest, LABEL_CHARS) * 7 + 16, right: 24, top: 8, bottom: 32 }}
        // Counts are whole numbers: small ones get a tick per lead, not 0.5 steps.
        {...(max <= 6 ? { tickValues: Array.from({ length: max + 1 }, (_, i) => i) } : { xAxisTickCount: 4, roundedTicks: true })}
      />
    </div>
  );
}

/** Group names longer than this are cut with "…" on the axis (the table view has them whole). */
const LABEL_CHARS = 16;
