import { Button, Caption1, Checkbox, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ChevronRight20Regular } from '@fluentui/react-icons/svg/chevron-right';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Lead, LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import type { LeadRows } from './useLeadRows';
import type { LeadSelectionController } from './useLeadSelection';

export const ROW_HEIGHT_PX = 56;

const useStyles = makeStyles({
  scroller: {
    height: `calc(100vh - 260px)`,
    minHeight: '240px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: 'none',
  },
  inner: { position: 'relative', width: '100%' },
  row: {
    position: 'absolute', left: 0, right: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS}`, boxSizing: 'border-box', cursor: 'default', userSelect: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
  },
  // A tint and a bar at the start, so a selected row shows in every theme; forced colours use the system's selection colours.
  selected: {
    backgroundColor: tokens.colorBrandBackground2, boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
    '@media (forced-colors: active)': { backgroundColor: 'Highlight', color: 'HighlightText', forcedColorAdjust: 'none', ':hover': { backgroundColor: 'Highlight' } },
  },
  check: { flexShrink: 0 },
  owner: { flexShrink: 1, minWidth: 0, maxWidth: '35%', color: tokens.colorNeutralForeground3 },
  main: { flexGrow: 1, minWidth: 0, overflow: 'hidden' },
  ellipsis: { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  score: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
});

type Props = {
  rows: LeadRows;
  selection: LeadSelectionController;
  /** `index`: the row's place in the list, so focus can come back to it. */
  onOpen: (id: LeadId, index: number) => void;
  label: string;
  /** The lead's score when the scoring feature provides one; null shows a dash. */
  scoreOf?: (lead: Lead) => number | null;
  /** Who the lead is assigned to, by name; null shows nothing. */
  assigneeOf?: (lead: Lead) => string | null;
  /**
   * Focus this lead's row once it is on screen (coming back from its record). `index` is where it
   * was when opened; null when unknown (a lead just created), and its place is looked up.
   */
  focusLead?: { id: LeadId; index: number | null } | null;
};

/**
 * The leads list, virtualised: only the rows on screen exist in the DOM, so 100,000 leads
 * scroll like 100. A grid of rows: a click or Enter opens; the row's checkbox or Space selects,
 * Shift+click extends, Ctrl/Cmd+click toggles, Ctrl+A selects every matching lead; arrows move.
 */
export function VirtualLeadList({ rows, selection, onOpen, label, scoreOf = () => null, assigneeOf = () => null, focusLead = null }: Props) {
  const styles = useStyles();
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = rows.total ?? 0;
  const [active, setActive] = useState(focusLead?.index ?? 0);
  const pendingFocus = useRef(focusLead);
  useEffect(() => {
    pendingFocus.current = focusLead;
  }, [focusLead]);
  // The build does not run React Compiler, and the virtualizer's functions are not handed to
  // memoised children, so the compiler's "cannot memoise this" notice does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT_PX, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const { showRange } = rows;
  useEffect(() => showRange(firstIndex, lastIndex), [firstIndex, lastIndex, showRange]);
  useEffect(() => {
    if (active >= total && total > 0) setActive(total - 1);
  }, [active, total]);

  const focusPendingRow = useCallback(() => {
    const wanted = pendingFocus.current;
    if (!wanted || wanted.index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-lead-id="${CSS.escape(wanted.id)}"]`);
    if (!row) return;
    pendingFocus.current = null;
    setActive(Number(row.dataset.index));
    row.focus();
  }, []);
  // Coming back from a record: bring its row into view (finding it first when its place is not
  // known), then focus it as soon as it is rendered with that lead.
  const { allIds } = rows;
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted || total === 0) return;
    if (wanted.index !== null) {
      virtualizer.scrollToIndex(Math.min(wanted.index, total - 1));
      return;
    }
    let stale = false;
    void allIds().then((ids) => {
      const index = ids.indexOf(wanted.id);
      if (stale || pendingFocus.current !== wanted) return;
      if (index < 0) {
        pendingFocus.current = null;
        return;
      }
      pendingFocus.current = { id: wanted.id, index };
      setActive(index);
      virtualizer.scrollToIndex(index);
      requestAnimationFrame(focusPendingRow);
    });
    return () => {
      stale = true;
    };
  }, [allIds, total, virtualizer, focusLead, focusPendingRow]);
  // After every render: the wanted row may just have been rendered (rows load as they scroll in).
  useEffect(() => focusPendingRow());


  const focusRow = (index: number) => {
    const clamped = Math.max(0, Math.min(total - 1, index));
    setActive(clamped);
    virtualizer.scrollToIndex(clamped);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${clamped}"]`)?.focus());
    return clamped;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      selection.selectAll();
      return;
    }
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    if (event.key in moves || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const target = event.key === 'Home' ? 0 : event.key === 'End' ? total - 1 : active + (moves[event.key] ?? 0);
      const index = focusRow(target);
      const id = rows.idsBetween(index, index)[0];
      if (id && !mod) selection.click(index, id, { shift: event.shiftKey, toggle: false });
      return;
    }
    const id = rows.idsBetween(active, active)[0];
    if (!id) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(id, active);
    } else if (event.key === ' ') {
      event.preventDefault();
      selection.click(active, id, { shift: event.shiftKey, toggle: true });
    }
  };

  const onRowClick = (event: MouseEvent, index: number, id: LeadId) => {
    setActive(index);
    const toggle = event.ctrlKey || event.metaKey;
    if (toggle || event.shiftKey) selection.click(index, id, { shift: event.shiftKey, toggle });
    else onOpen(id, index);
  };

  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      role="grid"
      aria-label={label}
      aria-multiselectable="true"
      aria-rowcount={total}
      onKeyDown={onKeyDown}
    >
      <div className={styles.inner} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {items.map((item) => {
          const lead = rows.rowAt(item.index);
          const selected = lead ? selection.isSelected(lead.id) : false;
          const score = lead ? scoreOf(lead) : null;
          const assignee = lead ? assigneeOf(lead) : null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              data-lead-id={lead?.id}
              role="row"
              aria-rowindex={item.index + 1}
              aria-selected={selected}
              tabIndex={item.index === active ? 0 : -1}
              className={mergeClasses(styles.row, selected && styles.selected)}
              style={{ top: 0, height: `${ROW_HEIGHT_PX}px`, transform: `translateY(${item.start}px)` }}
              onClick={lead ? (e) => onRowClick(e, item.index, lead.id) : undefined}
              onFocus={() => setActive(item.index)}
            >
              {lead ? (
                <>
                  {/* The checkbox cell selects (Shift extends) instead of opening; Space does the same from the keyboard. */}
                  <div
                    role="gridcell"
                    className={styles.check}
                    onClick={(e) => {
                      e.stopPropagation();
                      e.preventDefault();
                      setActive(item.index);
                      selection.click(item.index, lead.id, { shift: e.shiftKey, toggle: true });
                    }}
                  >
                    <Checkbox checked={selected} tabIndex={-1} aria-label={t('leads.select', { name: lead.fullName })} />
                  </div>
                  <div role="gridcell" className={styles.main}>
                    <Text weight="semibold" className={styles.ellipsis}>
                      {lead.fileAs || lead.fullName}
                    </Text>
                    <Caption1 className={styles.ellipsis}>{[lead.company, lead.region, lead.emails[0]?.address].filter(Boolean).join(' · ')}</Caption1>
                  </div>
                  <div role="gridcell" className={styles.owner}>
                    {assignee && <Caption1 className={styles.ellipsis} title={t('leads.assignedTo', { name: assignee })}>{assignee}</Caption1>}
                  </div>
                  <div role="gridcell" className={styles.score}>
                    <Caption1 aria-label={score === null ? undefined : t('leads.score', { score })}>{score === null ? '—' : score}</Caption1>
                  </div>
                  <div role="gridcell">
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<ChevronRight20Regular />}
                      tabIndex={-1}
                      aria-label={t('leads.open', { name: lead.fullName })}
                      onClick={(e) => {
                        e.stopPropagation();
                        onOpen(lead.id, item.index);
                      }}
                    />
                  </div>
                </>
              ) : (
                <div role="gridcell">
                  <Caption1>{t('leads.rowLoading')}</Caption1>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
