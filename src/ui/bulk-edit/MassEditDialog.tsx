import {
  Body1, Button, Caption1, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input,
  makeStyles, Select, Textarea, tokens,
} from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { AssigneeRef, CustomFieldDef, Rating } from '../../domain/types';
import { MAX_STARS } from '../../domain/scoring';
import { reasonNeedsText } from '../../domain/disqualify/disqualifyReasons';
import { MASS_EDIT_FIELDS, RATINGS, REGION_FROM_ADDRESS, validateMassEdit, type MassEdit, type MassEditField } from '../../domain/bulk-edit/massEdit';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';
import { RegionField } from '../lead-form/RegionField';
import { AssigneeSelect } from '../assignment/AssigneeSelect';
import { reasonLabel, ruleMessage } from '../shared/workflowText';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Highest first: a bulk score is usually "these are hot", not "these are worthless". */
const STAR_CHOICES = Array.from({ length: MAX_STARS + 1 }, (_, i) => MAX_STARS - i);

/** A fixed field, or `custom:<id>` for a user-defined one. */
type FieldChoice = MassEditField | `custom:${string}`;

/** The typed value of a custom field from what the user typed or picked ('' when nothing). */
function customValueOf(def: CustomFieldDef, raw: string): string | number | boolean {
  switch (def.kind) {
    case 'number':
      return raw.trim() === '' ? '' : Number(raw.replace(',', '.'));
    case 'yesNo':
      return raw === 'yes';
    default:
      return raw.trim();
  }
}

export type MassEditDialogProps = {
  open: boolean;
  count: number;
  initialField?: MassEditField;
  onClose(): void;
  /** Runs the edit (the caller shows progress and Undo); the dialog closes when it starts. */
  onApply(edit: MassEdit): void;
};

/** Pick a field, set a value or clear it, confirm with the number of leads affected. */
export function MassEditDialog({ open, count, initialField = 'source', onClose, onApply }: MassEditDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { workflow, lookups } = useRepositories();
  const reasons = useLiveQuery(() => workflow.reasons.all(), [workflow]) ?? [];
  const customFields = useLiveQuery(() => lookups.customFields(), [lookups]) ?? [];
  const [field, setField] = useState<FieldChoice>(initialField);
  const [customRaw, setCustomRaw] = useState('');
  const customDef = field.startsWith('custom:') ? customFields.find((f) => `custom:${f.id}` === field) : undefined;
  const [clear, setClear] = useState(false);
  const [source, setSource] = useState('');
  const [region, setRegion] = useState('');
  const [regionFromAddress, setRegionFromAddress] = useState(false);
  const [rating, setRating] = useState<Rating>('hot');
  const [stars, setStars] = useState(MAX_STARS);
  const [assignee, setAssignee] = useState<AssigneeRef>(null);
  const [status, setStatus] = useState<'open' | 'disqualified'>('open');
  const [reasonId, setReasonId] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function currentEdit(): MassEdit {
    if (customDef) return { field: 'custom', def: customDef, value: clear ? null : customValueOf(customDef, customRaw) };
    switch (field as MassEditField) {
      case 'source':
        return { field: 'source', value: clear ? null : source };
      case 'region':
        return { field: 'region', value: clear ? null : regionFromAddress ? REGION_FROM_ADDRESS : region };
      case 'rating':
        return { field: 'rating', value: clear ? null : rating };
      case 'score':
        return { field: 'score', value: clear ? null : stars };
      case 'assignee':
        return { field: 'assignee', value: clear ? null : assignee };
      case 'status':
      default: {
        if (status === 'open') return { field: 'status', value: 'open' };
        const reason = reasons.find((r) => r.id === reasonId);
        return { field: 'status', value: 'disqualified', disqualification: { reasonId, reasonLabel: reason ? reasonLabel(t, reason) : '', text: reasonText } };
      }
    }
  }

  function next() {
    const problem = validateMassEdit(currentEdit())[0];
    if (problem) {
      const { code, ...rest } = problem;
      // The domain sees NaN; the user should see what they typed.
      const params = (code === 'notANumber' ? { value: customRaw } : rest) as Record<string, string | number>;
      setError(ruleMessage(t, code, params));
      return;
    }
    setError(null);
    setConfirming(true);
  }

  function close() {
    setConfirming(false);
    setError(null);
    onClose();
  }

  const fieldName = customDef ? customDef.name : t(`workflow.field.${field as MassEditField}`);
  const canClear = field !== 'status';
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('workflow.massEdit.title', { count })}</DialogTitle>
          <DialogContent className={styles.content}>
            {confirming ? (
              <Body1>{t('workflow.massEdit.confirm', { field: fieldName, count })}</Body1>
            ) : (
              <>
                <Field label={t('workflow.massEdit.field')}>
                  <Select value={field} onChange={(_, data) => { setField(data.value as FieldChoice); setClear(false); setError(null); setCustomRaw(''); }}>
                    {MASS_EDIT_FIELDS.map((f) => (
                      <option key={f} value={f}>{t(`workflow.field.${f}`)}</option>
                    ))}
                    {customFields.map((f) => (
                      <option key={f.id} value={`custom:${f.id}`}>{f.name}</option>
                    ))}
                  </Select>
                </Field>
                {field === 'region' ? (
                  <RegionField
                    label={t('workflow.massEdit.value')}
                    value={region}
                    onChange={setRegion}
                    disabled={clear || regionFromAddress}
                    validationMessage={error ?? undefined}
                  />
                ) : (
                  <Field label={t('workflow.massEdit.value')} validationMessage={error ?? undefined}>
                    {customDef && (customDef.kind === 'choice' || customDef.kind === 'yesNo' ? (
                      <Select disabled={clear} value={customRaw} onChange={(_, data) => setCustomRaw(data.value)}>
                        <option value="" disabled>{customDef.name}</option>
                        {(customDef.kind === 'yesNo' ? ['yes', 'no'] : customDef.choices).map((choice) => (
                          <option key={choice} value={choice}>
                            {customDef.kind === 'yesNo' ? t(choice === 'yes' ? 'workflow.massEdit.yes' : 'workflow.massEdit.no') : choice}
                          </option>
                        ))}
                      </Select>
                    ) : (
                      <Input
                        disabled={clear}
                        type={customDef.kind === 'date' ? 'date' : 'text'}
                        inputMode={customDef.kind === 'number' ? 'decimal' : undefined}
                        value={customRaw}
                        onChange={(_, data) => setCustomRaw(data.value)}
                      />
                    ))}
                    {field === 'source' && <Input disabled={clear} value={source} onChange={(_, data) => setSource(data.value)} />}
                    {field === 'rating' && (
                      <Select disabled={clear} value={rating} onChange={(_, data) => setRating(data.value as Rating)}>
                        {RATINGS.map((r) => (
                          <option key={r} value={r}>{t(`workflow.rating.${r}`)}</option>
                        ))}
                      </Select>
                    )}
                    {field === 'score' && (
                      <Select disabled={clear} value={String(stars)} onChange={(_, data) => setStars(Number(data.value))}>
                        {STAR_CHOICES.map((n) => (
                          <option key={n} value={n}>{t('workflow.massEdit.stars', { stars: n })}</option>
                        ))}
                      </Select>
                    )}
                    {field === 'assignee' && <AssigneeSelect disabled={clear} value={assignee} onChange={setAssignee} />}
                    {field === 'status' && (
                      <Select value={status} onChange={(_, data) => setStatus(data.value as 'open' | 'disqualified')}>
                        <option value="open">{t('workflow.status.open')}</option>
                        <option value="disqualified">{t('workflow.status.disqualified')}</option>
                      </Select>
                    )}
                  </Field>
                )}
                {field === 'region' && (
                  <Checkbox
                    checked={regionFromAddress}
                    disabled={clear}
                    onChange={(_, data) => setRegionFromAddress(Boolean(data.checked))}
                    label={t('workflow.massEdit.regionFromAddress')}
                  />
                )}
                {field === 'region' && regionFromAddress && <Caption1>{t('workflow.massEdit.regionFromAddressHint')}</Caption1>}
                {field === 'status' && status === 'disqualified' && (
                  <>
                    <Field label={t('workflow.disqualify.reason')} required>
                      <Select value={reasonId} onChange={(_, data) => setReasonId(data.value)}>
                        <option value="" disabled>{t('workflow.disqualify.reason')}</option>
                        {reasons.map((r) => (
                          <option key={r.id} value={r.id}>{reasonLabel(t, r)}</option>
                        ))}
                      </Select>
                    </Field>
                    <Field label={t('workflow.disqualify.text')} required={reasonNeedsText(reasonId)}>
                      <Textarea value={reasonText} onChange={(_, data) => setReasonText(data.value)} />
                    </Field>
                  </>
                )}
                {field === 'score' && <Caption1>{t('workflow.massEdit.scoreHint')}</Caption1>}
                {canClear && (
                  <Checkbox
                    checked={clear}
                    disabled={field === 'region' && regionFromAddress}
                    onChange={(_, data) => setClear(Boolean(data.checked))}
                    label={t(field === 'score' ? 'workflow.massEdit.clearScore' : 'workflow.massEdit.clear')}
                  />
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={close}>{t('workflow.cancel')}</Button>
            {confirming ? (
              <Button appearance="primary" onClick={() => { const edit = currentEdit(); close(); onApply(edit); }}>
                {t('workflow.massEdit.apply', { count })}
              </Button>
            ) : (
              <Button appearance="primary" onClick={next}>{t('workflow.next')}</Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
