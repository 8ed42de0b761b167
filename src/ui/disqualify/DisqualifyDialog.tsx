import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, makeStyles, Select, Textarea, tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { reasonNeedsText } from '../../domain/disqualify/disqualifyReasons';
import { validateDisqualifyChoice, type DisqualifyChoice } from '../../domain/bulk-edit/massEdit';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { reasonLabel, ruleMessage, workflowErrorMessage } from '../shared/workflowText';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

export type DisqualifyDialogProps = {
  open: boolean;
  count: number;
  onClose(): void;
  /** Does the work; a rejection is shown in the dialog, which stays open. */
  onConfirm(choice: DisqualifyChoice): Promise<void>;
};

export function DisqualifyDialog({ open, count, onClose, onConfirm }: DisqualifyDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const reasons = useLiveQuery(() => workflow.reasons.all(), [workflow]) ?? [];
  const [reasonId, setReasonId] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    const reason = reasons.find((r) => r.id === reasonId);
    const choice: DisqualifyChoice = { reasonId, reasonLabel: reason ? reasonLabel(t, reason) : '', text };
    const problem = validateDisqualifyChoice(choice)[0];
    if (problem) {
      const { code, ...params } = problem;
      setError(ruleMessage(t, code, params));
      return;
    }
    setBusy(true);
    try {
      await onConfirm(choice);
      setReasonId('');
      setText('');
      setError(null);
      onClose();
    } catch (e) {
      setError(workflowErrorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  const textError = error && reasonNeedsText(reasonId) && !text.trim() ? error : undefined;
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('workflow.disqualify.title', { count })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={t('workflow.disqualify.reason')} required validationMessage={!textError ? (error ?? undefined) : undefined}>
              <Select value={reasonId} onChange={(_, data) => { setReasonId(data.value); setError(null); }}>
                <option value="" disabled>{t('workflow.disqualify.reason')}</option>
                {reasons.map((r) => (
                  <option key={r.id} value={r.id}>{reasonLabel(t, r)}</option>
                ))}
              </Select>
            </Field>
            <Field label={t('workflow.disqualify.text')} required={reasonNeedsText(reasonId)} validationMessage={textError}>
              <Textarea value={text} onChange={(_, data) => setText(data.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>{t('workflow.cancel')}</Button>
            <Button appearance="primary" disabled={busy} onClick={() => void confirm()}>{t('workflow.disqualify.confirm')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
