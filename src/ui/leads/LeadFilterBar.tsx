import { Checkbox, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonId, TeamId } from '../../domain/types';
import type { AssigneeFilter } from '../../domain/assignment/assignee';
import { useI18n } from '../../i18n/I18nContext';
import type { LeadFilters } from '../../domain/leadQuery';
import { useRepositories } from '../shell/RepositoriesContext';

const useStyles = makeStyles({ root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' }, grow: { flexGrow: 1, minWidth: '160px' } });

function filterKey(filter: AssigneeFilter): string {
  return filter.type === 'person' || filter.type === 'team' ? `${filter.type}:${filter.id}` : filter.type;
}

function filterFromKey(key: string): AssigneeFilter {
  // Split at the first colon only: a server's person ids are `user:<name>`.
  const at = key.indexOf(':');
  const type = at < 0 ? key : key.slice(0, at);
  const id = at < 0 ? '' : key.slice(at + 1);
  if (type === 'person') return { type, id: id as PersonId };
  if (type === 'team') return { type, id: id as TeamId };
  if (type === 'me' || type === 'unassigned') return { type };
  return { type: 'any' };
}

/** "All / assigned to me / a person / a team / unassigned", and whether disqualified leads show. */
export function LeadFilterBar({ value, onChange, hideDisqualifiedToggle = false }: { value: LeadFilters; onChange(filters: LeadFilters): void; hideDisqualifiedToggle?: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { workflow } = useRepositories();
  const people = useLiveQuery(() => workflow.people.people(), [workflow]) ?? [];
  const teams = useLiveQuery(() => workflow.people.teams(), [workflow]) ?? [];
  return (
    <div className={styles.root}>
      <Field className={styles.grow} label={t('workflow.filter.label')}>
        <Select value={filterKey(value.assignee ?? { type: 'any' })} onChange={(_, data) => onChange({ ...value, assignee: filterFromKey(data.value) })}>
          <option value="any">{t('workflow.filter.any')}</option>
          <option value="me">{t('workflow.filter.me')}</option>
          <option value="unassigned">{t('workflow.filter.unassigned')}</option>
          {people.map((p) => <option key={p.id} value={`person:${p.id}`}>{t('workflow.filter.person', { name: p.name })}</option>)}
          {teams.map((team) => <option key={team.id} value={`team:${team.id}`}>{t('workflow.filter.team', { name: team.name })}</option>)}
        </Select>
      </Field>
      {!hideDisqualifiedToggle && <Checkbox checked={Boolean(value.includeDisqualified)} onChange={(_, data) => onChange({ ...value, includeDisqualified: Boolean(data.checked) })} label={t('workflow.filter.includeDisqualified')} />}
    </div>
  );
}
