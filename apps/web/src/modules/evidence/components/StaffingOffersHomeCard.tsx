import { useQuery } from '@apollo/client/react';
import { List, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { HomePanel } from '@web/modules/home/components/HomePanel';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { formatDate } from '@web/shared/utils/format';
import { personPath } from '@web/shared/routes';
import { staffingEvidenceOffersQuery } from '../graphql/staffingEvidenceOffersQuery';
import { offersHeadline } from '../utils/staffingOfferForm';

/**
 * Home: ended work that could become evidence, the viewer's own and (for a manager) their
 * people's, each leading to the Evidence tab where it is logged or dismissed. Shown only when
 * there is some: Home does not grow an empty card for it.
 */
export function StaffingOffersHomeCard({ personId }: { personId: string }) {
  const { data, error, refetch } = useQuery(staffingEvidenceOffersQuery, { variables: { personId: null } });
  const offers = data?.staffingEvidenceOffers;
  const byPerson = useMemo(() => {
    const groups = new Map<string, { personId: string; personName: string; titles: string[]; lastEnd: string }>();
    for (const offer of offers ?? []) {
      const group = groups.get(offer.personId) ?? {
        personId: offer.personId,
        personName: offer.personName,
        titles: [],
        lastEnd: offer.endDate,
      };
      group.titles.push(offer.projectName ?? 'Development time');
      if (offer.endDate > group.lastEnd) group.lastEnd = offer.endDate;
      groups.set(offer.personId, group);
    }
    // The viewer's own first, then by name.
    return [...groups.values()].sort(
      (a, b) =>
        Number(b.personId === personId) - Number(a.personId === personId) || a.personName.localeCompare(b.personName),
    );
  }, [offers, personId]);

  if (!offers && error) {
    return <QueryError title="Could not load the work to log as evidence" error={error} onRetry={() => refetch()} />;
  }
  if (!offers || offers.length === 0) return null;
  const own = offers.filter((o) => o.personId === personId).length;
  const whoCould = own === offers.length ? 'you' : own === 0 ? 'your people' : 'you and your people';

  return (
    <HomePanel id="staffing-evidence-offers" title="Work to log as evidence">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {offersHeadline(offers.length, whoCould)}: planned work that has ended and exercised competencies.
        </Text>
        <List spacing="xs" listStyleType="none" ml={0} pl={0}>
          {byPerson.map((group) => (
            <List.Item key={group.personId}>
              <RouterAnchor to={personPath(group.personId, 'evidence')} fw={600}>
                {group.personId === personId ? 'Your evidence' : group.personName}
              </RouterAnchor>
              <Text size="sm" span>
                {`: ${group.titles.join(', ')} · ended ${formatDate(group.lastEnd)}`}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </HomePanel>
  );
}
