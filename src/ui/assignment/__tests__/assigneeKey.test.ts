import type { Person, PersonId, Team, TeamId } from '../../../domain/types';
import { assigneeFromKey, assigneeKey } from '../AssigneeSelect';

const meta = { createdAt: 0, updatedAt: 0, deletedAt: null, rev: 1 };
const bob = { ...meta, id: 'user:bob' as PersonId, name: 'Bob Lê', email: 'bob@example.com' } as Person;
const north = { ...meta, id: 'sales-north' as TeamId, name: 'Sales North', memberIds: [] } as unknown as Team;

it("reads back a person whose id has a colon (a team server's user:<name>)", () => {
  const key = assigneeKey({ type: 'person', id: bob.id, name: bob.name });
  expect(key).toBe('person:user:bob');
  expect(assigneeFromKey(key, [bob], [north])).toEqual({ type: 'person', id: 'user:bob', name: 'Bob Lê' });
  expect(assigneeFromKey('team:sales-north', [bob], [north])).toEqual({ type: 'team', id: 'sales-north', name: 'Sales North' });
  expect(assigneeFromKey('', [bob], [north])).toBeNull();
});
