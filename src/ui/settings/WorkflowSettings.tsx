import {
  Body1, Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { PersonId, Team } from '../../domain/types';
import { canRemoveReason } from '../../domain/disqualify/disqualifyReasons';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { reasonLabel, workflowErrorMessage } from '../shared/workflowText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' },
  team: { padding: tokens.spacingVerticalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  members: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: '120px' },
});

/** People, teams, "me" and the disqualify reasons: the workflow part of Settings. */
export function WorkflowSettings() {
  const styles = useStyles();
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const people = useLiveQuery(() => workflow.people.people(), [workflow]) ?? [];
  const teams = useLiveQuery(() => workflow.people.teams(), [workflow]) ?? [];
  const meId = useLiveQuery(() => workflow.people.me(), [workflow]);
  const reasons = useLiveQuery(() => workflow.reasons.all(), [workflow]) ?? [];
  const [myName, setMyName] = useState('');
  const [personName, setPersonName] = useState('');
  const [personEmail, setPersonEmail] = useState('');
  const [teamName, setTeamName] = useState('');
  const [newReason, setNewReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const me = people.find((p) => p.id === meId);
  const label = (r: (typeof reasons)[number]) => reasonLabel(t, r);

  async function run(action: () => Promise<unknown>, reset?: () => void) {
    try {
      await action();
      setError(null);
      reset?.();
    } catch (e) {
      setError(workflowErrorMessage(t, e));
    }
  }
  const submit = (action: () => Promise<unknown>, reset: () => void) => (event: FormEvent) => {
    event.preventDefault();
    void run(action, reset);
  };
  const toggleMember = (team: Team, id: PersonId, on: boolean) =>
    run(() => workflow.people.updateTeam(team.id, team.name, on ? [...team.memberIds, id] : team.memberIds.filter((m) => m !== id)));

  return (
    <div className={styles.root}>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h2">{t('workflow.settings.people')}</Subtitle2>
      {me ? (
        <Body1>{t('workflow.settings.me', { name: me.name })}</Body1>
      ) : (
        <form className={styles.form} onSubmit={submit(() => workflow.people.seedCurrentUser({ name: myName, email: '' }), () => setMyName(''))}>
          <Field className={styles.grow} label={t('workflow.settings.whoAreYou')} hint={t('workflow.settings.whoAreYouHint')}>
            <Input value={myName} onChange={(_, data) => setMyName(data.value)} />
          </Field>
          <Button type="submit">{t('workflow.settings.setMe')}</Button>
        </form>
      )}
      {people.length === 0 ? (
        <Caption1>{t('workflow.settings.noPeople')}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t('workflow.settings.people')}>
          {people.map((p) => (
            <li key={p.id} className={styles.row}>
              <Body1>{p.email ? `${p.name} · ${p.email}` : p.name}</Body1>
              <Button size="small" appearance="subtle" aria-label={t('workflow.settings.removePerson', { name: p.name })} onClick={() => void run(() => workflow.people.removePerson(p.id))}>
                {t('workflow.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {/* noValidate: our message says what to fix, the browser's email tooltip does not. */}
      <form noValidate className={styles.form} onSubmit={submit(() => workflow.people.addPerson(personName, personEmail), () => { setPersonName(''); setPersonEmail(''); })}>
        <Field className={styles.grow} label={t('workflow.settings.personName')}>
          <Input value={personName} onChange={(_, data) => setPersonName(data.value)} />
        </Field>
        <Field className={styles.grow} label={t('workflow.settings.personEmail')}>
          <Input type="email" value={personEmail} onChange={(_, data) => setPersonEmail(data.value)} />
        </Field>
        <Button type="submit">{t('workflow.settings.addPerson')}</Button>
      </form>

      <Subtitle2 as="h2">{t('workflow.settings.teams')}</Subtitle2>
      {teams.length === 0 && <Caption1>{t('workflow.settings.noTeams')}</Caption1>}
      {teams.map((team) => (
        <div key={team.id} className={styles.team}>
          <div className={styles.row}>
            <Body1>{team.name}</Body1>
            <Button size="small" appearance="subtle" aria-label={t('workflow.settings.removeTeam', { name: team.name })} onClick={() => void run(() => workflow.people.removeTeam(team.id))}>
              {t('workflow.remove')}
            </Button>
          </div>
          <div className={styles.members} role="group" aria-label={t('workflow.settings.members', { name: team.name })}>
            {people.map((p) => (
              <Checkbox key={p.id} label={p.name} checked={team.memberIds.includes(p.id)} onChange={(_, data) => void toggleMember(team, p.id, Boolean(data.checked))} />
            ))}
          </div>
        </div>
      ))}
      <form className={styles.form} onSubmit={submit(() => workflow.people.addTeam(teamName), () => setTeamName(''))}>
        <Field className={styles.grow} label={t('workflow.settings.teamName')}>
          <Input value={teamName} onChange={(_, data) => setTeamName(data.value)} />
        </Field>
        <Button type="submit">{t('workflow.settings.addTeam')}</Button>
      </form>

      <Subtitle2 as="h2">{t('workflow.settings.reasons')}</Subtitle2>
      <ul className={styles.list} aria-label={t('workflow.settings.reasons')}>
        {reasons.map((r, index) => (
          <li key={`${r.id}:${label(r)}`} className={styles.row}>
            <Input
              className={styles.grow}
              aria-label={t('workflow.settings.reasonLabel', { n: index + 1 })}
              defaultValue={label(r)}
              onBlur={(event) => {
                const value = event.currentTarget.value;
                if (value.trim() !== label(r)) void run(() => workflow.reasons.rename(r.id, value, label));
              }}
            />
            {canRemoveReason(r.id) && (
              <Button size="small" appearance="subtle" aria-label={t('workflow.settings.removeReason', { name: label(r) })} onClick={() => void run(() => workflow.reasons.remove(r.id))}>
                {t('workflow.remove')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <form className={styles.form} onSubmit={submit(() => workflow.reasons.add(newReason, label), () => setNewReason(''))}>
        <Field className={styles.grow} label={t('workflow.settings.newReason')}>
          <Input value={newReason} onChange={(_, data) => setNewReason(data.value)} />
        </Field>
        <Button type="submit">{t('workflow.settings.addReason')}</Button>
      </form>
    </div>
  );
}
