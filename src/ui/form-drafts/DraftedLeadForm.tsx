import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { FormDraftTarget } from '../../domain/form-drafts/formDraft';
import type { Lead } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { LeadForm, type LeadFormDraft, type LeadFormProps } from '../lead-form/LeadForm';
import { useRepositories } from '../shell/RepositoriesContext';
import { useFormDraft } from './useFormDraft';

export type DraftedLeadFormProps = LeadFormProps & {
  target: FormDraftTarget;
  /** The stored lead the form edits (its rev tells whether it changed since a draft); absent for a new lead. */
  stored?: Lead;
};

/**
 * A lead form whose unsaved input is kept as a draft (`useFormDraft`): it opens on the draft when
 * there is one and says so, shows "Unsaved changes" with Discard while the values differ from what
 * it edits, and a save or discard deletes the draft.
 */
export function DraftedLeadForm({ target, stored, ...form }: DraftedLeadFormProps) {
  const { t, formatDateTime } = useI18n();
  const { formDrafts } = useRepositories();
  const control = useFormDraft({ target, base: form.initial, baseRev: stored?.rev ?? null, drafts: formDrafts });
  // Bumped by Discard: the form starts over from what it edits, its name field focused.
  const [discards, setDiscards] = useState(0);
  const { state, track, settle, unsaved } = control;
  const restored = state.status === 'ready' && discards === 0 ? state.restored : null;

  const draft = useMemo<LeadFormDraft>(
    () => ({
      track,
      unsaved,
      discard: () => {
        settle(form.initial, stored?.rev ?? null);
        setDiscards((n) => n + 1);
      },
      conflict: restored?.changedElsewhere && stored ? stored : null,
    }),
    [track, unsaved, settle, form.initial, stored, restored],
  );

  if (state.status === 'loading') return null;
  const draftRev = restored?.changedElsewhere ? restored.draftRev : null;
  return (
    <>
      {restored && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('formDraft.restored', { time: formatDateTime(restored.savedAt) })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={draft.discard}>{t('formDraft.discard')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <LeadForm
        {...form}
        key={discards}
        initial={discards === 0 ? control.initial : form.initial}
        marks={restored ? undefined : form.marks}
        autoFocus={form.autoFocus || discards > 0}
        draft={draft}
        onSave={async (input, baseRev, photo, checks) => {
          // A draft taken before another save is saved on its own rev, so the conflict is met, never overwritten silently.
          const lead = await form.onSave(input, baseRev ?? draftRev ?? undefined, photo, checks);
          settle(input, lead.rev);
          return lead;
        }}
        onReload={(current) => {
          settle(form.initial, current.rev);
          form.onReload?.(current);
        }}
      />
    </>
  );
}
