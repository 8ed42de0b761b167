import { Body1, Body1Strong, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { settleConflict } from '../../domain/sync/settleConflict';
import type { Lead } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { conflictFieldLabel, conflictValueText, type ConflictNames } from './conflictText';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  values: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  value: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  text: { overflowWrap: 'anywhere', minWidth: 0, flexBasis: '12em', flexGrow: 1 },
});

/**
 * The fields two people changed differently at once (team sync), on the lead: both values, who
 * made each and when, and a button to keep one. The answer is a lead change like any other.
 */
export function FieldConflicts({ lead, onResolved }: { lead: Lead; onResolved: (lead: Lead) => void }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { leads, workflow, lookups } = useRepositories();
  const people = useLiveQuery(() => workflow.people.people(), [workflow]);
  const teams = useLiveQuery(() => workflow.people.teams(), [workflow]);
  const customFields = useLiveQuery(() => lookups.customFields(), [lookups]);
  const [failed, setFailed] = useState(false);
  const names = useMemo<ConflictNames>(() => {
    const person = new Map((people ?? []).map((p) => [p.id as string, p.name]));
    const team = new Map((teams ?? []).map((x) => [x.id as string, x.name]));
    const custom = new Map((customFields ?? []).map((f) => [f.id as string, f.name]));
    return { person: (id) => person.get(id), team: (id) => team.get(id), customField: (id) => custom.get(id) };
  }, [people, teams, customFields]);
  const conflicts = lead.fieldConflicts ?? [];
  if (conflicts.length === 0) return null;
  // `by` is the server's user name; the team's people are `user:<name>`.
  const who = (by: string) => names.person(`user:${by}`) ?? by;

  return (
    <section aria-label={t('team.conflict.title')}>
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('team.conflict.title')}</MessageBarTitle>
        <Body1 block>{t('team.conflict.intro')}</Body1>
        <ul className={styles.list}>
          {conflicts.map((conflict) => {
            const field = conflictFieldLabel(conflict.field, t, names);
            return (
              <li key={conflict.field}>
                <Body1Strong>{t('team.conflict.field', { field })}</Body1Strong>
                <ul className={styles.values}>
                  {conflict.values.map((choice, index) => {
                    const value = conflictValueText(conflict.field, choice.value, t, names);
                    return (
                      <li key={index} className={styles.value}>
                        <Body1 className={styles.text}>{t('team.conflict.value', { who: who(choice.by), time: formatDateTime(choice.at), value })}</Body1>
                        <Button
                          size="small"
                          aria-label={t('team.conflict.keepValue', { value, field })}
                          onClick={async () => {
                            try {
                              setFailed(false);
                              onResolved(await leads.change(lead.id, settleConflict(lead, conflict.field, choice.value), { baseRev: lead.rev }));
                            } catch {
                              // A newer version arrived meanwhile (or the value breaks a rule): the list shows it again.
                              setFailed(true);
                            }
                          }}
                        >
                          {t('team.conflict.keep')}
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
        {failed && <Caption1 role="alert">{t('team.problem.unknown')}</Caption1>}
      </MessageBarBody>
    </MessageBar>
    </section>
  );
}
