import {
  Badge, Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Subtitle2,
  Textarea, tokens, Tooltip, type FieldProps,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { Clock20Regular } from '@fluentui/react-icons/svg/clock';
import { Dismiss20Regular } from '@fluentui/react-icons/svg/dismiss';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LeadDuplicate } from '../../domain/duplicates';
import { defaultFileAsStyle, FILE_AS_STYLES, fileAsText } from '../../domain/fileAs';
import { LEAD_STATUSES, mailingAddressText, RATINGS, validateLead, type LeadFieldError, type LeadInput } from '../../domain/lead';
import { regionFromAddress } from '../../domain/region';
import { normalizeEmail } from '../../domain/email';
import type {
  AddressEntry, AddressLabel, EmailEntry, EmailLabel, FileAsStyle, Lead, LeadId, PersonId, PhoneEntry, PhoneKind, Rating,
} from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { ConflictError, ValidationError, DuplicateError } from '../../storage/errors';
import { useRepositories } from '../shell/RepositoriesContext';
import { AccountPicker } from './AccountPicker';
import { CustomFieldInputs } from './CustomFieldInputs';
import { DuplicateWarning } from './DuplicateWarning';
import { fieldErrorMessage } from './fieldErrorMessage';
import type { SuggestedField, SuggestionMark } from './leadInputFromDraft';
import { PhotoField, type PendingPhoto } from './PhotoField';
import { ReferrerPicker } from './ReferrerPicker';
import { RegionField } from './RegionField';
import { SourceField } from './SourceField';
import type { PhotoChange } from '../../storage/leadRepository';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  entry: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '10em' },
  label: { width: '7.5em' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // A native <select> is as wide as its longest option; "File as" options hold the whole company
  // name, so without these the form (and the pane) grew sideways with a long company.
  fitField: { minWidth: 0 },
  fitSelect: { minWidth: 0, maxWidth: '100%', width: '100%' },
  fitSelectControl: { minWidth: 0, maxWidth: '100%', width: '100%', textOverflow: 'ellipsis' },
  // Sticky at the bottom of the pane: Save is in reach however far down the form the user is.
  actions: {
    display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, flexWrap: 'wrap', position: 'sticky', bottom: 0, zIndex: 1,
    paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  unsaved: { alignSelf: 'center', color: tokens.colorPaletteDarkOrangeForeground2 },
});

const EMAIL_LABELS: readonly EmailLabel[] = ['work', 'home', 'other'];
const PHONE_KINDS: readonly PhoneKind[] = ['work', 'mobile', 'home', 'fax', 'other'];
const ADDRESS_LABELS: readonly AddressLabel[] = ['work', 'home', 'other'];

export type LeadFormProps = {
  initial: LeadInput;
  marks?: Partial<Record<SuggestedField, SuggestionMark>>;
  /** `baseRev` is set when the user chose to overwrite a newer version. */
  /** Saves the lead and the photo change together (one transaction in the repository). */
  /**
   * Writes the lead. A new lead's save passes `refuseDuplicates` unless the user chose to create it
   * anyway: the repository then checks inside its write transaction (`CreateOptions`).
   */
  onSave: (input: LeadInput, baseRev?: number, photo?: PhotoChange, checks?: { refuseDuplicates: boolean }) => Promise<Lead>;
  onSaved?: (lead: Lead) => void;
  /** Editing an existing lead: duplicates exclude it, the photo is its stored one. */
  leadId?: LeadId;
  /** Called with the stored version when the user chooses to reload after a conflict. */
  onReload?: (current: Lead) => void;
  onOpenExisting?: (match: LeadDuplicate) => void;
  submitLabel?: string;
  /**
   * Show the "Assigned to" field (default true). A stored lead's record has its own assignment
   * control (person or team, with history), so its form leaves it out and keeps the stored value.
   */
  showAssignee?: boolean;
  /** Offers Save & New (Business Contact Manager's button): called instead of `onSaved`. */
  onSavedAndNew?: (lead: Lead) => void;
  /** Offers Cancel, which leaves the form without saving. */
  onCancel?: () => void;
  /** Focus the full name when the form appears (a new lead the user asked for; default false). */
  autoFocus?: boolean;
  /** The form's unsaved draft (`ui/form-drafts/DraftedLeadForm`): absent, nothing is kept. */
  draft?: LeadFormDraft;
};

/** What the form needs from its draft: it reports its values, and shows "Unsaved changes" with Discard. */
export type LeadFormDraft = {
  /** Called with the values on every change. */
  track(input: LeadInput): void;
  /** The values differ from what the form edits. */
  unsaved: boolean;
  discard(): void;
  /** The stored lead changed since the draft was taken: the form opens showing the conflict. */
  conflict: Lead | null;
};

/** The lead's General page: every field, suggestions marked, every error next to its field. */
export function LeadForm({ initial, marks = {}, onSave, onSaved, leadId, onReload, onOpenExisting, submitLabel, autoFocus = false, showAssignee = true, onSavedAndNew, onCancel, draft }: LeadFormProps) {
  const styles = useStyles();
  const { t, formatDateTime } = useI18n();
  const { leads, lookups } = useRepositories();
  const customFields = useLiveQuery(() => lookups.customFields(), [lookups]) ?? [];
  const people = useLiveQuery(() => lookups.people(), [lookups]) ?? [];
  const [input, setInput] = useState<LeadInput>(initial);
  const [openMarks, setOpenMarks] = useState(marks);
  const [errors, setErrors] = useState<LeadFieldError[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [duplicates, setDuplicates] = useState<LeadDuplicate[] | null>(null);
  const [conflict, setConflict] = useState<Lead | null>(draft?.conflict ?? null);
  const unsaved = draft?.unsaved ?? false;
  const track = draft?.track;
  useEffect(() => track?.(input), [track, input]);
  const [saved, setSaved] = useState(false);
  const [photo, setPhoto] = useState<PendingPhoto>({ kind: 'unchanged' });
  const notesRef = useRef<HTMLTextAreaElement>(null);
  // Which save button started the save, for 'create anyway' after the duplicate warning.
  const saveAndNewAsked = useRef(false);

  const errorFor = (field: string) => {
    const error = errors.find((e) => e.field === field);
    return error ? fieldErrorMessage(t, error) : undefined;
  };
  const set = <K extends keyof LeadInput>(key: K, value: LeadInput[K]) => {
    setInput((previous) => ({ ...previous, [key]: value }));
    setSaved(false);
    if (errors.length) setErrors([]);
  };
  // Suggested values are marked until the user accepts, edits or clears them.
  const hint = (field: SuggestedField, label: string, clear: () => void) => {
    const m = openMarks[field];
    if (!m) return undefined;
    const fromAddress = m.from === 'address';
    const badge = (
      <Badge appearance="tint" color={m.kind === 'guess' ? 'warning' : 'informative'} size="small">
        {m.kind === 'guess' ? t('lead.guess') : fromAddress ? t('region.suggested') : t('lead.suggested')}
      </Badge>
    );
    return (
      <span className={styles.row}>
        {m.line ? (
          <Tooltip content={fromAddress ? t('region.suggestion.from', { line: m.line }) : t('lead.suggestion.from', { line: m.line })} relationship="description">
            {badge}
          </Tooltip>
        ) : (
          badge
        )}
        <Button size="small" appearance="transparent" aria-label={t('lead.suggestion.acceptField', { field: label })} onClick={() => accept(field)}>
          {t('lead.suggestion.accept')}
        </Button>
        <Button
          size="small"
          appearance="transparent"
          aria-label={t('lead.suggestion.clearField', { field: label })}
          onClick={() => {
            clear();
            accept(field);
          }}
        >
          {t('lead.suggestion.clear')}
        </Button>
      </span>
    );
  };
  // Editing a suggested value is accepting it: the mark goes away.
  const accept = (field: SuggestedField) => setOpenMarks(({ [field]: _removed, ...rest }) => rest);

  /**
   * Every address change goes through here. A region that is empty, or still only a suggestion,
   * follows the mailing address; one the user typed, picked or kept is never overwritten.
   */
  const setAddresses = (next: AddressEntry[]) => {
    const before = mailingAddressText(input.addresses);
    const after = mailingAddressText(next);
    set('addresses', next);
    const suggested = Boolean(openMarks.region);
    if (after === before || (input.region.trim() && !suggested)) return;
    const found = after ? regionFromAddress(after) : null;
    if (found) {
      set('region', found);
      setOpenMarks((current) => ({ ...current, region: { kind: 'suggested', line: after, from: 'address' } }));
    } else if (suggested) {
      set('region', '');
      accept('region');
    }
  };

  const emailsChanged = () => {
    const keys = (list: LeadInput['emails']) => list.map((e) => normalizeEmail(e.address)).filter(Boolean).sort().join(',');
    return keys(input.emails) !== keys(initial.emails);
  };

  const save = async (options: { skipDuplicates?: boolean; baseRev?: number; andNew?: boolean } = {}) => {
    const found = validateLead(input, customFields);
    setErrors(found);
    if (found.length) return;
    setSaving(true);
    setSaveError(null);
    try {
      // The duplicate warning comes on create (checked in the save's own transaction, so two
      // panes saving one sender make one lead) and on edit when the emails changed.
      if (!options.skipDuplicates && leadId && emailsChanged()) {
        const matches = await leads.findDuplicates(input, leadId);
        if (matches.length) {
          setDuplicates(matches);
          return;
        }
      }
      setDuplicates(null);
      const photoChange: PhotoChange | undefined =
        photo.kind === 'new' ? { kind: 'set', photo: photo.photo } : photo.kind === 'removed' ? { kind: 'remove' } : undefined;
      const lead = await onSave(input, options.baseRev, photoChange, { refuseDuplicates: !leadId && !options.skipDuplicates });
      setPhoto({ kind: 'unchanged' });
      setConflict(null);
      setSaved(Boolean(leadId));
      if (options.andNew && onSavedAndNew) onSavedAndNew(lead);
      else onSaved?.(lead);
    } catch (error) {
      if (error instanceof DuplicateError) setDuplicates(error.matches);
      else if (error instanceof ValidationError) setErrors(error.errors as LeadFieldError[]);
      else if (error instanceof ConflictError) setConflict(error.current as Lead);
      else setSaveError(t('lead.error.saveFailed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    saveAndNewAsked.current = false;
    void save();
  };

  const text = (field: 'fullName' | 'jobTitle' | 'company' | 'website', label: string, required = false) => (
    <Field label={label} hint={hint(field, label, () => set(field, ''))} required={required} validationMessage={errorFor(field)}>
      <Input
        autoFocus={autoFocus && field === 'fullName'}
        value={input[field]}
        onChange={(_, data) => {
          set(field, data.value);
          accept(field);
        }}
      />
    </Field>
  );

  const addTimestamp = () => {
    const stamp = `${formatDateTime(Date.now())}: `;
    const area = notesRef.current;
    const at = area ? area.selectionStart : input.notes.length;
    const before = input.notes.slice(0, at);
    const prefix = before && !before.endsWith('\n') ? '\n' : '';
    const next = `${before}${prefix}${stamp}${input.notes.slice(at)}`;
    set('notes', next);
    const caret = before.length + prefix.length + stamp.length;
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(caret, caret);
    });
  };

  const autoStyle = defaultFileAsStyle(input.fullName);
  const emails = input.emails.length ? input.emails : [{ address: '', label: 'work' as const }];
  const phones = input.phones.length ? input.phones : [{ number: '', kind: 'work' as const }];

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={leadId ? input.fullName || t('lead.new.title') : t('lead.new.title')}>
      <PhotoField leadId={leadId} name={input.fullName} pending={photo} onChange={setPhoto} />
      {text('fullName', t('lead.field.fullName'), true)}
      {text('jobTitle', t('lead.field.jobTitle'))}
      {text('company', t('lead.field.company'))}
      <Field label={t('record.field.fileAs')} className={styles.fitField}>
        <Select className={styles.fitSelect} select={{ className: styles.fitSelectControl }} value={input.fileAsStyle ?? ''} onChange={(_, data) => set('fileAsStyle', (data.value || null) as FileAsStyle | null)}>
          <option value="">{t('record.fileAs.auto', { value: fileAsText(input.fullName, input.company, autoStyle) || t(`record.fileAs.${autoStyle}`) })}</option>
          {FILE_AS_STYLES.map((style) => (
            <option key={style} value={style}>
              {`${t(`record.fileAs.${style}`)}${input.fullName ? ` — ${fileAsText(input.fullName, input.company, style)}` : ''}`}
            </option>
          ))}
        </Select>
      </Field>
      <AccountPicker value={input.accountId} onChange={(id) => set('accountId', id)} />

      <EntryRows<EmailEntry, EmailLabel>
        sectionLabel={t('record.emails')}
        fieldName={t('lead.field.email')}
        addLabel={t('record.addEmail')}
        inputType="email"
        rows={emails}
        textOf={(e) => e.address}
        withText={(e, address) => ({ ...e, address })}
        kindOf={(e) => e.label}
        withKind={(e, label) => ({ ...e, label })}
        kinds={EMAIL_LABELS}
        kindLabel={(label) => t(`record.label.${label}`)}
        added={{ address: '', label: 'home' }}
        firstHint={hint('emails', t('lead.field.email'), () => set('emails', input.emails.slice(1)))}
        errorAt={(index) => errorFor(`emails.${index}`)}
        onChange={(next) => set('emails', next)}
        onTyped={() => accept('emails')}
      />

      <EntryRows<PhoneEntry, PhoneKind>
        sectionLabel={t('record.phones')}
        fieldName={t('lead.field.phone')}
        addLabel={t('record.addPhone')}
        inputType="tel"
        rows={phones}
        textOf={(p) => p.number}
        withText={(p, number) => ({ ...p, number })}
        kindOf={(p) => p.kind}
        withKind={(p, kind) => ({ ...p, kind })}
        kinds={PHONE_KINDS}
        kindLabel={(kind) => t(`record.label.${kind}`)}
        added={{ number: '', kind: 'mobile' }}
        firstHint={hint('phones', t('lead.field.phone'), () => set('phones', input.phones.slice(1)))}
        errorAt={(index) => errorFor(`phones.${index}`)}
        onChange={(next) => set('phones', next)}
        onTyped={() => accept('phones')}
      />

      <section className={styles.section} aria-label={t('record.addresses')}>
        {input.addresses.map((address, index) => (
          <div key={`address-${index}`} className={styles.section}>
            <div className={styles.entry}>
              <Field className={styles.grow} label={rowLabel(t('record.field.address'), index)} validationMessage={index === 0 ? errorFor('addresses') : undefined}>
                <Textarea
                  rows={2}
                  value={address.text}
                  onChange={(_, data) => {
                    const next = [...input.addresses];
                    next[index] = { ...address, text: data.value };
                    setAddresses(next);
                  }}
                />
              </Field>
              <Select
                className={styles.label}
                aria-label={t('record.field.label', { field: t('record.field.address'), index: index + 1 })}
                value={address.label}
                onChange={(_, data) => {
                  const next = [...input.addresses];
                  next[index] = { ...address, label: data.value as AddressLabel };
                  setAddresses(next);
                }}
              >
                {ADDRESS_LABELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`record.label.${l}`)}
                  </option>
                ))}
              </Select>
              <Button
                appearance="subtle"
                icon={<Dismiss20Regular />}
                aria-label={t('record.removeRow', { field: t('record.field.address'), index: index + 1 })}
                onClick={() => setAddresses(input.addresses.filter((_, i) => i !== index))}
              />
            </div>
            <Checkbox
              label={`${t('record.forMail')} (${index + 1})`}
              checked={address.forMail}
              // Only one address is for mail: ticking one unticks the others.
              onChange={(_, data) => setAddresses(input.addresses.map((a, i) => ({ ...a, forMail: i === index ? Boolean(data.checked) : data.checked ? false : a.forMail })))}
            />
          </div>
        ))}
        <Button
          size="small"
          appearance="subtle"
          icon={<Add20Regular />}
          onClick={() => setAddresses([...input.addresses, { text: '', label: 'work', forMail: input.addresses.length === 0 }])}
        >
          {t('record.addAddress')}
        </Button>
      </section>
      <RegionField
        value={input.region}
        onChange={(value) => {
          set('region', value);
          accept('region');
        }}
        hint={hint('region', t('region.field'), () => set('region', ''))}
        validationMessage={errorFor('region')}
      />

      {text('website', t('lead.field.website'))}
      <SourceField value={input.source} onChange={(v) => set('source', v)} />
      <ReferrerPicker value={input.initiatedBy} onChange={(v) => set('initiatedBy', v)} excludeId={leadId} />
      {showAssignee && (
      <Field label={t('record.field.assignedTo')}>
        <Select value={input.ownerId ?? ''} onChange={(_, data) => set('ownerId', (data.value || null) as PersonId | null)}>
          <option value="">{t('record.assignedTo.nobody')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      )}
      <div className={styles.row}>
        <Field label={t('record.field.rating')} className={styles.grow}>
          <Select value={input.rating ?? ''} onChange={(_, data) => set('rating', (data.value || null) as Rating | null)}>
            <option value="">{t('record.rating.none')}</option>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {t(`record.rating.${r}`)}
              </option>
            ))}
          </Select>
        </Field>
        {/* Status changes only through Qualify / Disqualify / Reactivate, which ask for what they
            need (a reason, what the lead becomes) and write history; the form just shows it. */}
        <Field label={t('record.field.status')} hint={t('record.statusHint')} className={styles.grow}>
          <Select value={input.status} disabled>
            {LEAD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`record.status.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t('lead.field.notes')} validationMessage={errorFor('notes')}>
        <Textarea ref={notesRef} value={input.notes} onChange={(_, data) => set('notes', data.value)} resize="vertical" rows={4} />
      </Field>
      <div>
        <Button size="small" icon={<Clock20Regular />} onClick={addTimestamp}>
          {t('record.addTimestamp')}
        </Button>
      </div>
      {customFields.length > 0 && (
        <section className={styles.section} aria-label={t('record.customFields')}>
          <Subtitle2 as="h3">{t('record.customFields')}</Subtitle2>
          <CustomFieldInputs fields={customFields} values={input.customValues} errorFor={errorFor} onChange={(v) => set('customValues', v)} />
        </section>
      )}
      {duplicates && (
        <DuplicateWarning
          matches={duplicates}
          proceedLabel={leadId ? t('record.duplicates.saveAnyway') : t('record.duplicates.createAnyway')}
          onProceed={() => void save({ skipDuplicates: true, andNew: saveAndNewAsked.current })}
          onOpen={onOpenExisting}
        />
      )}
      {conflict && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('record.conflict.title')}</MessageBarTitle>
            {t('record.conflict.body')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onReload?.(conflict)}>{t('record.conflict.reload')}</Button>
            <Button appearance="primary" onClick={() => void save({ skipDuplicates: true, baseRev: conflict.rev })}>
              {t('record.conflict.overwrite')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {saveError && (
        <MessageBar intent="error">
          <MessageBarBody>{saveError}</MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('record.saved')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {/* disabledFocusable, not disabled: a disabled button drops keyboard focus to <body>. */}
        <Button appearance="primary" type="submit" disabledFocusable={saving}>
          {saving ? t('lead.saving') : (submitLabel ?? t('lead.save'))}
        </Button>
        {onSavedAndNew && (
          <Button
            disabledFocusable={saving}
            onClick={() => {
              saveAndNewAsked.current = true;
              void save({ andNew: true });
            }}
          >
            {t('lead.saveAndNew')}
          </Button>
        )}
        {draft && unsaved && <Button onClick={draft.discard}>{t('formDraft.discard')}</Button>}
        {onCancel && <Button appearance="subtle" onClick={onCancel}>{t('lead.cancel')}</Button>}
        {draft && unsaved && <Caption1 className={styles.unsaved} role="status">{t('formDraft.unsaved')}</Caption1>}
      </div>
    </form>
  );
}

/** The first row is "Email", the next "Email 2", "Email 3"… */
const rowLabel = (base: string, index: number) => (index === 0 ? base : `${base} ${index + 1}`);

type EntryRowsProps<E, K extends string> = {
  sectionLabel: string;
  /** The field's name, for row labels and the remove buttons' names. */
  fieldName: string;
  addLabel: string;
  inputType: 'email' | 'tel';
  /** At least one row (an empty one when the lead has none). */
  rows: readonly E[];
  textOf(entry: E): string;
  withText(entry: E, text: string): E;
  kindOf(entry: E): K;
  withKind(entry: E, kind: K): E;
  kinds: readonly K[];
  kindLabel(kind: K): string;
  /** The row "Add" appends. */
  added: E;
  /** The suggestion mark, shown on the first row (the one prefilled from the email). */
  firstHint: FieldProps['hint'];
  errorAt(index: number): string | undefined;
  onChange(next: E[]): void;
  /** Typing in a row accepts the field's suggestion. */
  onTyped(): void;
};

/** Emails and phones: a value and its label per row; rows are added and (all but one) removed. */
function EntryRows<E, K extends string>(props: EntryRowsProps<E, K>) {
  const { rows, fieldName, onChange } = props;
  const styles = useStyles();
  const { t } = useI18n();
  const replace = (index: number, entry: E) => onChange(rows.map((row, i) => (i === index ? entry : row)));
  return (
    <section className={styles.section} aria-label={props.sectionLabel}>
      {rows.map((entry, index) => (
        <div key={`${props.inputType}-${index}`} className={styles.entry}>
          <Field
            className={styles.grow}
            label={rowLabel(fieldName, index)}
            hint={index === 0 ? props.firstHint : undefined}
            validationMessage={props.errorAt(index)}
          >
            <Input
              type={props.inputType}
              value={props.textOf(entry)}
              onChange={(_, data) => {
                replace(index, props.withText(entry, data.value));
                props.onTyped();
              }}
            />
          </Field>
          <Select
            className={styles.label}
            aria-label={t('record.field.label', { field: fieldName, index: index + 1 })}
            value={props.kindOf(entry)}
            onChange={(_, data) => replace(index, props.withKind(entry, data.value as K))}
          >
            {props.kinds.map((kind) => (
              <option key={kind} value={kind}>
                {props.kindLabel(kind)}
              </option>
            ))}
          </Select>
          {rows.length > 1 && (
            <Button
              appearance="subtle"
              icon={<Dismiss20Regular />}
              aria-label={t('record.removeRow', { field: fieldName, index: index + 1 })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            />
          )}
        </div>
      ))}
      <Button size="small" appearance="subtle" icon={<Add20Regular />} onClick={() => onChange([...rows, props.added])}>
        {props.addLabel}
      </Button>
    </section>
  );
}
