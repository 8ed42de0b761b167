import { Avatar, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { LeadId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { PhotoError, scalePhoto, type ScaledPhoto } from './scalePhoto';
import { usePhotoUrl } from './usePhotoUrl';
import { FilePickerButton } from '../shell/FilePickerButton';

/** What the form will do with the photo on save. */
export type PendingPhoto = { kind: 'unchanged' } | { kind: 'removed' } | { kind: 'new'; photo: ScaledPhoto };

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function PhotoField({ leadId, name, pending, onChange }: { leadId?: LeadId; name: string; pending: PendingPhoto; onChange: (p: PendingPhoto) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { leads } = useRepositories();
  const stored = useLiveQuery(() => (leadId ? leads.photoOf(leadId) : undefined), [leads, leadId]);
  const blob = pending.kind === 'new' ? pending.photo.blob : pending.kind === 'removed' ? null : stored?.blob;
  const url = usePhotoUrl(blob);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={styles.root}>
      <Avatar size={72} name={name || undefined} image={url ? { src: url, alt: t('record.photo.alt', { name }) } : undefined} />
      <div className={styles.buttons}>
        <FilePickerButton
          size="small"
          accept="image/*"
          testId="photo-input"
          onFile={async (file) => {
            try {
              setError(null);
              onChange({ kind: 'new', photo: await scalePhoto(file) });
            } catch (e) {
              setError(e instanceof PhotoError && e.code === 'tooLarge' ? t('record.photo.tooLarge') : t('record.photo.error'));
            }
          }}
        >
          {t('record.photo.choose')}
        </FilePickerButton>
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
