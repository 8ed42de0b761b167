import { Body1, Body1Strong, Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { TeamSyncLoader } from '../../sync/teamSyncApi';
import { statusView } from './teamStatusText';
import { useTeamSync } from './useTeamSync';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  wrap: { overflowWrap: 'anywhere' },
});

/**
 * Settings > Team: the server address, sign-in (name and password, sent in an Authorization
 * header), the team, and the state of sync in words, with pause, resume and sign-out.
 */
export function TeamSettings({ loader }: { loader: TeamSyncLoader }) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { status, controller } = useTeamSync(loader);
  const saved = loader.savedAccount();
  const [server, setServer] = useState(saved?.serverUrl ?? '');
  const [user, setUser] = useState(saved?.user ?? '');
  const [password, setPassword] = useState('');
  const [team, setTeam] = useState('');
  // Signing out forgets the server and the password: asked once more, in place.
  const [confirmingSignOut, setConfirmingSignOut] = useState(false);
  const view = statusView(status);
  const busy = status.phase === 'signingIn';

  const problem = view.problem && (
    <MessageBar intent={view.problem.intent} role={view.problem.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{t(view.problem.key)}</MessageBarBody>
    </MessageBar>
  );

  return (
    <section className={styles.root} aria-label={t('team.title')}>
      <Subtitle2 as="h2">{t('team.title')}</Subtitle2>
      {view.connected ? (
        <>
          <Body1 className={styles.wrap}>{t('team.account', { user: status.user ?? '', server: status.serverUrl ?? '' })}</Body1>
          <Body1>{t('team.teamName', { team: status.team?.name ?? '' })}</Body1>
          <div role="status" aria-live="polite" className={styles.form}>
            {view.phase && <Body1Strong>{t(view.phase)}</Body1Strong>}
            <Body1>{status.lastSyncedAt ? t('team.lastSynced', { time: formatDateTime(status.lastSyncedAt) }) : t('team.neverSynced')}</Body1>
            <Body1>{t('team.pending', { count: status.pending })}</Body1>
            {status.conflicts > 0 && <Body1>{t('team.conflicts', { count: status.conflicts })}</Body1>}
            {status.refused > 0 && <Body1>{t('team.refused', { count: status.refused })}</Body1>}
          </div>
          {problem}
          <div className={styles.actions}>
            {status.phase === 'paused' ? (
              <Button appearance="primary" onClick={() => void controller().then((c) => c.resume())}>{t('team.resume')}</Button>
            ) : (
              <Button onClick={() => void controller().then((c) => c.pause())}>{t('team.pause')}</Button>
            )}
            <Button disabled={status.phase === 'paused'} onClick={() => void controller().then((c) => c.syncNow())}>{t('team.syncNow')}</Button>
            {!confirmingSignOut && <Button onClick={() => setConfirmingSignOut(true)}>{t('team.signOut')}</Button>}
          </div>
          {confirmingSignOut ? (
            <div role="group" aria-label={t('team.signOut')} className={styles.form}>
              <Body1>{t('team.signOutConfirm')}</Body1>
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  onClick={() => {
                    setConfirmingSignOut(false);
                    void controller().then((c) => c.signOut());
                  }}
                >
                  {t('team.signOut')}
                </Button>
                <Button onClick={() => setConfirmingSignOut(false)}>{t('team.cancel')}</Button>
              </div>
            </div>
          ) : (
            <Caption1>{t('team.signOutNote')}</Caption1>
          )}
        </>
      ) : status.phase === 'choosingTeam' ? (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            const picked = team || status.teams[0]?.id;
            if (picked) void controller().then((c) => c.chooseTeam(picked));
          }}
        >
          <Field label={t('team.chooseTeam')}>
            <RadioGroup value={team || status.teams[0]?.id} onChange={(_, data) => setTeam(data.value)}>
              {status.teams.map((choice) => <Radio key={choice.id} value={choice.id} label={choice.name} />)}
            </RadioGroup>
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary">{t('team.connect')}</Button>
          </div>
        </form>
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            void controller().then((c) => c.signIn(server, user, password)).then(() => setPassword(''));
          }}
        >
          <Body1>{t('team.intro')}</Body1>
          <Field label={t('team.server')} hint={t('team.serverHint')} required>
            <Input type="url" inputMode="url" autoComplete="url" value={server} onChange={(_, data) => setServer(data.value)} />
          </Field>
          <Field label={t('team.user')} required>
            <Input autoComplete="username" value={user} onChange={(_, data) => setUser(data.value)} />
          </Field>
          <Field label={t('team.password')} required>
            <Input type="password" autoComplete="current-password" value={password} onChange={(_, data) => setPassword(data.value)} />
          </Field>
          {problem}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy || !server.trim() || !user.trim() || !password}>{t('team.signIn')}</Button>
            {busy && <Spinner size="tiny" label={t('team.signingIn')} />}
          </div>
        </form>
      )}
    </section>
  );
}
