import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Body1, Button, Caption1, Checkbox, Field, makeStyles, Radio, RadioGroup,
  Select, Subtitle2, tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { RATINGS } from '../../domain/lead';
import { suggestRating } from '../../domain/ratingSuggestion';
import { MAX_STARS, scoreLead, type ScoringMode } from '../../domain/scoring';
import type { CriterionId, Lead, Rating } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { CriteriaEditor } from './CriteriaEditor';
import { LeadStars } from './LeadStars';
import { useCriterionText } from './useCriterionText';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  header: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  checks: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0, minWidth: 0 },
  why: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  whyRow: { overflowWrap: 'anywhere' },
  rating: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  editor: { paddingLeft: tokens.spacingHorizontalS, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
});

/** A lead's score: tick the criteria it meets, or pick stars by hand; see why; take the rating suggestion. */
export function LeadScoreSection({ lead }: { lead: Lead }) {
  const styles = useStyles();
  const { t } = useI18n();
  const textOf = useCriterionText();
  const { scoring } = useRepositories();
  const criteria = useLiveQuery(() => scoring.listCriteria(), [scoring]);
  const stored = useLiveQuery(() => scoring.scoreOf(lead.id), [scoring, lead.id]);
  const thresholds = useLiveQuery(() => scoring.ratingThresholds(), [scoring]);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((caught: unknown) => setError(t('scoring.error.saveFailed', { detail: caught instanceof Error ? caught.message : String(caught) })));
  };

  if (!criteria || !stored || !thresholds) return <Caption1>{t('app.loading')}</Caption1>;
  // Computed here from the live criteria, so the section is right even while a rescore runs.
  const result = scoreLead({ criteria, ticks: stored.ticks, mode: stored.mode, manualStars: stored.manualStars });
  const suggestion = result.effective ? suggestRating(result.effective.score, thresholds) : null;
  const descriptions = new Map(criteria.map((c) => [c.id, textOf(c)]));
  const ratingLabel = (rating: Rating) => t(`scoring.rating.${rating}`);

  return (
    <section className={styles.root} aria-labelledby={`score-${lead.id}`}>
      <div className={styles.header}>
        <Subtitle2 as="h3" id={`score-${lead.id}`}>{t('scoring.section.title')}</Subtitle2>
        <LeadStars stars={result.effective?.stars ?? null} score={result.effective?.score ?? null} />
      </div>
      {result.noScoreReason === 'noCriteria' && stored.mode === 'automatic' && <Body1>{t('scoring.noCriteria')}</Body1>}

      <Field label={t('scoring.mode')}>
        <RadioGroup layout="horizontal" value={stored.mode} onChange={(_, data) => run(() => scoring.setMode(lead.id, data.value as ScoringMode))}>
          <Radio value="automatic" label={t('scoring.mode.automatic')} />
          <Radio value="manual" label={t('scoring.mode.manual')} />
        </RadioGroup>
      </Field>

      {stored.mode === 'manual' && (
        <>
          <Field label={t('scoring.manual.pick')}>
            <Select
              value={stored.manualStars === null ? '' : String(stored.manualStars)}
              onChange={(_, data) => data.value !== '' && run(() => scoring.setManualStars(lead.id, Number(data.value)))}
            >
              {stored.manualStars === null && <option value="">—</option>}
              {Array.from({ length: MAX_STARS + 1 }, (_, stars) => (
                <option key={stars} value={stars}>{t('scoring.manual.option', { stars })}</option>
              ))}
            </Select>
          </Field>
          {result.computed && <Caption1>{t('scoring.manual.computed', { score: result.computed.score })}</Caption1>}
        </>
      )}

      {criteria.length > 0 && (
        <fieldset className={styles.checks}>
          <legend><Caption1>{t('scoring.criteria.meets')}</Caption1></legend>
          {criteria.map((criterion) => (
            <Checkbox
              key={criterion.id}
              label={textOf(criterion)}
              checked={stored.ticks.includes(criterion.id)}
              onChange={(_, data) => run(() => scoring.setTicked(lead.id, criterion.id as CriterionId, data.checked === true))}
            />
          ))}
        </fieldset>
      )}

      {result.computed && (
        <Accordion collapsible>
          <AccordionItem value="why">
            <AccordionHeader size="small">{t('scoring.why')}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.why} aria-label={t('scoring.why')}>
                {result.contributions.map((c) => {
                  const points = Math.abs(c.contribution);
                  return (
                    <li key={c.criterionId} className={styles.whyRow}>
                      <Body1>
                        {descriptions.get(c.criterionId)}:{' '}
                        {c.ticked ? t('scoring.why.met', { points }) : t('scoring.why.notMet', { points, gain: 2 * points })}
                      </Body1>
                    </li>
                  );
                })}
              </ul>
              <Caption1>{t('scoring.why.total', { raw: result.computed.raw, total: result.contributions.reduce((sum, c) => sum + Math.abs(c.contribution), 0) })}</Caption1>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}

      <div className={styles.rating}>
        <Field label={t('scoring.rating')}>
          <Select value={lead.rating ?? ''} onChange={(_, data) => run(() => scoring.setRating(lead.id, (data.value || null) as Rating | null))}>
            <option value="">{t('scoring.rating.none')}</option>
            {RATINGS.map((rating) => (
              <option key={rating} value={rating}>{ratingLabel(rating)}</option>
            ))}
          </Select>
        </Field>
        {suggestion && suggestion !== lead.rating && (
          <Button onClick={() => run(() => scoring.setRating(lead.id, suggestion))}>{t('scoring.rating.accept', { rating: ratingLabel(suggestion) })}</Button>
        )}
      </div>
      {suggestion && <Caption1>{t('scoring.rating.suggested', { rating: ratingLabel(suggestion) })}</Caption1>}
      {error && <Caption1 role="alert">{error}</Caption1>}

      <Button appearance="secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
        {editing ? t('scoring.closeCriteria') : t('scoring.editCriteria')}
      </Button>
      {editing && (
        <div className={styles.editor}>
          <CriteriaEditor />
        </div>
      )}
    </section>
  );
}
