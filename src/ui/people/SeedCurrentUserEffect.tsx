import { useEffect } from 'react';
import type { CurrentUser } from '../../storage/people/peopleRepository';
import { useRepositories } from '../shell/RepositoriesContext';

/** Makes the Outlook user a person (and "me") once per pane; renders nothing. */
export function SeedCurrentUserEffect({ user }: { user: CurrentUser | null | undefined }) {
  const { workflow } = useRepositories();
  const name = user?.name ?? '';
  const email = user?.email ?? '';
  useEffect(() => {
    // Seeding is a convenience: a failure leaves the people list as it was and settings can fix it.
    if (name || email) void workflow.people.seedCurrentUser({ name, email }).catch(() => undefined);
  }, [workflow, name, email]);
  return null;
}
