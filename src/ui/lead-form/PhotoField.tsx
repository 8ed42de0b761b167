import { Avatar, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { PhotoError, scalePhoto, type ScaledPhoto } from './scalePhoto';
import { usePhotoUrl } from './usePhotoUrl';

/** What the form will do with the photo on save. */
export type PendingPhoto = { kind: 'unchanged' } | { kind: 'removed' } | { kind: 'new'; photo: ScaledPhoto };

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function PhotoField({ leadId, name, pending, onChange }: { leadId?: LeadId; name: string; pending: PendingPhoto; onChange: (p: PendingPhoto) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { leads } = useRepositories();
  const inputId = useId();
  const stored = useLiveQuery(() => (leadId ? leads.photoOf(leadId) : undefined), [leads, leadId]);
  const blob = pending.kind === 'new' ? pending.photo.blob : pending.kind === 'removed' ? null : stored?.blob;
  const url = usePhotoUrl(blob);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={styles.root}>
      <Avatar size={72} name={name || undefined} image={url ? { src: url, alt: t('record.photo.alt', { name }) } : undefined} />
      <div className={styles.buttons}>
        <input
          id={inputId}
          data-testid="photo-input"
          className={styles.hidden}
          type="file"
          accept="image/*"
          tabIndex={-1}
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            try {
              setError(null);
              onChange({ kind: 'new', photo: await scalePhoto(file) });
            } catch (e) {
              setError(e instanceof PhotoError && e.code === 'tooLarge' ? t('record.photo.tooLarge') : t('record.photo.error'));
            }
          }}
        />
        <Button size="small" onClick={() => document.getElementById(inputId)?.click()}>
          {t('record.photo.choose')}
        </Button>
        {blob && (
          <Button size="small" appearance="subtle" onClick={() => onChange({ kind: 'removed' })}>
            {t('record.photo.remove')}
          </Button>
        )}
      </div>
      {error && (
        <Caption1 role="alert" className={styles.error}>
          {error}
        </Caption1>
      )}
    </div>
  );
}
