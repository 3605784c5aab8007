import { useQuery } from '@apollo/client/react';
import { Button, Group, Pagination, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { sortByName } from '@web/shared/utils/sortByName';
import { useTeams } from '@web/modules/teams/hooks/useTeams';
import { peoplePageQuery } from '../graphql/peoplePageQuery';
import { DIRECTORY_PAGE_SIZE, directoryVariables, NO_TEAM, pageFromParam, rangeLabel } from '../utils/directoryQuery';
import { PeopleTable } from './PeopleTable';

/** Typing settles for this long before the search goes to the server. */
const SEARCH_DELAY_MS = 250;

/**
 * Everyone the viewer may see, a page at a time, searched and filtered by the server; the
 * search, team, inactive switch and page live in the address.
 */
export function PeopleDirectory() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const teamId = params.get('team');
  const includeInactive = params.get('inactive') === '1';
  const page = pageFromParam(params.get('page'));
  const [settledSearch] = useDebouncedValue(search, SEARCH_DELAY_MS);
  const { teams } = useTeams();
  const top = useRef<HTMLDivElement>(null);

  const variables = directoryVariables({ search: settledSearch, teamId, includeInactive, page });
  const { data, previousData, loading, error, refetch } = useQuery(peoplePageQuery, { variables });
  // While the next page or search loads, the last one stays on screen (marked as refreshing).
  const shown = (data ?? previousData)?.peoplePage;

  /**
   * Sets one parameter; any change of filter goes back to the first page. Filters replace the
   * history entry as they are typed; turning a page adds one, so Back returns to the last page.
   */
  const setParam = (key: string, value: string | null, replace = key !== 'page') => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace },
    );
  };

  const pages = shown ? Math.max(1, Math.ceil(shown.totalCount / DIRECTORY_PAGE_SIZE)) : 1;
  // A page beyond the end (people left, or an old link) shows the last one.
  const lastPage = data ? Math.max(1, Math.ceil(data.peoplePage.totalCount / DIRECTORY_PAGE_SIZE)) : null;
  useEffect(() => {
    if (lastPage !== null && page > lastPage) setParam('page', lastPage > 1 ? String(lastPage) : null, true);
  });

  const teamOptions = useMemo(
    () => [
      ...sortByName(teams ?? []).map((team) => ({ value: team.id, label: team.name })),
      { value: NO_TEAM, label: 'No team' },
    ],
    [teams],
  );
  const filtered = search.trim() !== '' || teamId !== null;

  return (
    <Stack gap="md" ref={top}>
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
        {error && !shown ? (
          <QueryError title="Could not load people" error={error} onRetry={() => refetch()} />
        ) : !shown ? (
          <LoadingState label="Loading people" rows={8} />
        ) : shown.totalCount === 0 && !loading ? (
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
          <Stack gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {rangeLabel(shown.offset, shown.nodes.length, shown.totalCount, filtered)}
              {loading ? ' · refreshing…' : ''}
            </Text>
            <div aria-busy={loading}>
              <PeopleTable people={shown.nodes} label="People" />
            </div>
            {pages > 1 ? (
              <Group component="nav" aria-label="Pages of people" justify="center">
                <Pagination
                  total={pages}
                  value={Math.min(page, pages)}
                  onChange={(next) => {
                    setParam('page', next > 1 ? String(next) : null);
                    top.current?.scrollIntoView?.({ block: 'start' });
                  }}
                  getControlProps={(control) => ({
                    'aria-label': control === 'previous' ? 'Previous page' : 'Next page',
                  })}
                  getItemProps={(item) => ({
                    'aria-label': `Page ${item}`,
                    'aria-current': item === page ? 'page' : undefined,
                  })}
                />
              </Group>
            ) : null}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
