import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Select, tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { MarketingList } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { workflowErrorMessage } from '../shared/workflowText';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });
const NEW_LIST = '__new__';

export type AddToListDialogProps = {
  open: boolean;
  count: number;
  onClose(): void;
  /** Adds the members to the chosen (or just created) list. */
  onConfirm(list: MarketingList): Promise<void>;
};

export function AddToListDialog({ open, count, onClose, onConfirm }: AddToListDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const lists = useLiveQuery(() => workflow.lists.lists(), [workflow]) ?? [];
  const [choice, setChoice] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const selected = choice || (lists.length ? '' : NEW_LIST);

  async function confirm() {
    try {
      const list = selected === NEW_LIST ? await workflow.lists.create(name) : lists.find((l) => l.id === selected);
      if (!list) return;
      await onConfirm(list);
      setChoice('');
      setName('');
      setError(null);
      onClose();
    } catch (e) {
      setError(workflowErrorMessage(t, e));
    }
  }

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('workflow.lists.addTo')} ({t('workflow.selectedCount', { count })})</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={t('workflow.lists.choose')} validationMessage={selected !== NEW_LIST ? (error ?? undefined) : undefined}>
              <Select value={selected} onChange={(_, data) => { setChoice(data.value); setError(null); }}>
                <option value="" disabled>{t('workflow.lists.choose')}</option>
                {lists.map((l) => (
                  <option key={l.id} value={l.id}>{l.name}</option>
                ))}
                <option value={NEW_LIST}>{t('workflow.lists.create')}</option>
              </Select>
            </Field>
            {selected === NEW_LIST && (
              <Field label={t('workflow.lists.new')} validationMessage={error ?? undefined}>
                <Input value={name} onChange={(_, data) => setName(data.value)} />
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>{t('workflow.cancel')}</Button>
            <Button appearance="primary" disabled={!selected} onClick={() => void confirm()}>{t('workflow.lists.addTo')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
