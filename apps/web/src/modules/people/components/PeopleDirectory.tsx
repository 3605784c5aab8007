import { Button, Group, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../../shared/components/EmptyMessage';
import { LoadingState } from '../../../shared/components/LoadingState';
import { QueryError } from '../../../shared/components/QueryError';
import { usePeople } from '../hooks/usePeople';
import { filterPeople, NO_TEAM, sortByName, teamsOf } from '../utils/filterPeople';
import { PeopleTable } from './PeopleTable';

/** Everyone the viewer may see, filtered in the browser; filters live in the URL. */
export function PeopleDirectory() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const teamId = params.get('team');
  const includeInactive = params.get('inactive') === '1';
  const { people, loading, error, refetch } = usePeople({ includeInactive });

  const setParam = (key: string, value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  const teamOptions = useMemo(() => {
    const options = teamsOf(people ?? []).map((team) => ({ value: team.id, label: team.name }));
    if (people?.some((person) => !person.team)) options.push({ value: NO_TEAM, label: 'No team' });
    return options;
  }, [people]);

  const visible = useMemo(() => sortByName(filterPeople(people ?? [], { search, teamId })), [people, search, teamId]);
  const filtered = search.trim() !== '' || teamId !== null;

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            label="Search people"
            placeholder="Name, title, level, team or manager"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setParam('q', event.currentTarget.value || null)}
            w={{ base: '100%', sm: 320 }}
            type="search"
          />
          <Select
            label="Team"
            placeholder="All teams"
            data={teamOptions}
            value={teamId}
            onChange={(value) => setParam('team', value)}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear team filter' }}
            searchable
            nothingFoundMessage="No team by that name"
            w={{ base: '100%', sm: 240 }}
          />
          <Switch
            label="Show inactive people"
            checked={includeInactive}
            onChange={(event) => setParam('inactive', event.currentTarget.checked ? '1' : null)}
            mb={8}
          />
        </Group>
      </Paper>

      <Paper withBorder p="md">
        {error && !people ? (
          <QueryError title="Could not load people" error={error} onRetry={() => refetch()} />
        ) : !people ? (
          <LoadingState label="Loading people" rows={8} />
        ) : visible.length === 0 ? (
          filtered ? (
            <EmptyMessage
              title="No people match"
              description="Try another search or clear the filters."
              icon={<IconUserSearch size={32} aria-hidden />}
              action={
                <Button variant="default" onClick={() => setParams({}, { replace: true })}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <EmptyMessage title="No people yet" description="People you may see will be listed here." />
          )
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed" aria-live="polite">
              {visible.length === people.length
                ? `${people.length} ${people.length === 1 ? 'person' : 'people'}`
                : `${visible.length} of ${people.length} people`}
              {loading ? ' · refreshing…' : ''}
            </Text>
            <PeopleTable people={visible} label="People" />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
