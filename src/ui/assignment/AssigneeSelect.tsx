import { Select, type SelectProps } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssigneeRef, Person, PersonId, Team, TeamId } from '../../domain/types';
import { useI18n } from '../../i18n/I18nContext';
import { useRepositories } from '../shell/RepositoriesContext';

/** `person:<id>`, `team:<id>` or `` (unassigned): one native select, keyboard-friendly. */
export function assigneeKey(assignee: AssigneeRef): string {
  return assignee ? `${assignee.type}:${assignee.id}` : '';
}

export function assigneeFromKey(key: string, people: readonly Person[], teams: readonly Team[]): AssigneeRef {
  // Split at the first colon only: a server's person ids are `user:<name>`.
  const at = key.indexOf(':');
  const type = key.slice(0, Math.max(at, 0));
  const id = key.slice(at + 1);
  if (type === 'person') {
    const person = people.find((p) => p.id === id);
    return person ? { type: 'person', id: person.id as PersonId, name: person.name } : null;
  }
  if (type === 'team') {
    const team = teams.find((t) => t.id === id);
    return team ? { type: 'team', id: team.id as TeamId, name: team.name } : null;
  }
  return null;
}

export type AssigneeSelectProps = Omit<SelectProps, 'value' | 'onChange'> & {
  value: AssigneeRef;
  onChange(assignee: AssigneeRef): void;
};

export function AssigneeSelect({ value, onChange, ...rest }: AssigneeSelectProps) {
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const people = useLiveQuery(() => workflow.people.people(), [workflow]) ?? [];
  const teams = useLiveQuery(() => workflow.people.teams(), [workflow]) ?? [];
  return (
    <Select {...rest} value={assigneeKey(value)} onChange={(_, data) => onChange(assigneeFromKey(data.value, people, teams))}>
      <option value="">{t('workflow.unassigned')}</option>
      {people.length > 0 && (
        <optgroup label={t('workflow.people')}>
          {people.map((p) => (
            <option key={p.id} value={`person:${p.id}`}>{p.name}</option>
          ))}
        </optgroup>
      )}
      {teams.length > 0 && (
        <optgroup label={t('workflow.teams')}>
          {teams.map((team) => (
            <option key={team.id} value={`team:${team.id}`}>{team.name}</option>
          ))}
        </optgroup>
      )}
    </Select>
  );
}
