import {
  Badge,
  Card,
  Group,
  List,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { ReactNode } from 'react';
import type { ReviewFieldsFragment } from '@web/generated/graphql';
import { changeMark, gapLabel, percent } from '../utils/reviewLabels';
import { ScrollRegion } from '@web/shared/components/ScrollRegion';

type Packet = ReviewFieldsFragment['packet'];

/** The latest check-in's confidence, as a person says it. */
const CONFIDENCE: Record<string, string> = { on_track: 'on track', at_risk: 'at risk', off_track: 'off track' };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function Change({ change }: { change: number | null | undefined }) {
  const mark = changeMark(change);
  if (!mark.arrow) return null;
  return (
    <Text span size="xs" c={change && change > 0 ? 'teal.9' : 'red.9'} ml={6}>
      <span aria-hidden>{mark.arrow}</span>
      <VisuallyHidden>{mark.words}</VisuallyHidden>
    </Text>
  );
}

/** The facts of a person's quarter, as cards a manager reads at a glance. */
export function PacketView({ packet, firstName }: { packet: Packet; firstName: string }) {
  const t = packet.time;
  const o = packet.oneOnOnes;
  const rated = packet.ratings.filter((r) => r.self.nowLabel || r.manager?.nowLabel);
  return (
    <Stack gap="md">
      <Section id="highlights-title" title="Highlights">
        {packet.highlights.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing stands out in the figures.
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {packet.highlights.map((h) => (
              <List.Item key={h}>{h}</List.Item>
            ))}
          </List>
        )}
      </Section>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Section id="one-on-ones-title" title="One-on-ones">
          {o.kept === null ? (
            <Text size="sm">{`No one-on-one series with ${firstName}’s manager.`}</Text>
          ) : (
            <>
              <Group gap="xs">
                <Text size="xl" fw={700}>{`${o.held} of ${o.expected}`}</Text>
                <Badge variant="outline" color={o.kept ? 'teal.9' : 'red.9'}>
                  {o.kept ? 'Cadence kept' : 'Behind the cadence'}
                </Badge>
              </Group>
              <Text size="sm">{`held; ${o.actionItemsDone} action items done, ${o.actionItemsOverdue} overdue.`}</Text>
            </>
          )}
        </Section>
        <Section id="readiness-title" title="Promotion readiness">
          {packet.readiness ? (
            packet.readiness.nextLevelName ? (
              <>
                <Text size="xl" fw={700}>
                  {percent(packet.readiness.now)}
                  <Text span size="sm" fw={400}>{` of ${packet.readiness.nextLevelName}`}</Text>
                </Text>
                <Text size="sm">
                  {packet.readiness.before === null
                    ? 'No manager ratings last quarter to compare with.'
                    : `Last quarter: ${percent(packet.readiness.before)}.`}
                </Text>
              </>
            ) : (
              <Text size="sm">At the top of the track.</Text>
            )
          ) : (
            <Text size="sm" c="dimmed">
              Shown once the manager’s ratings or this review are shared.
            </Text>
          )}
        </Section>
      </SimpleGrid>
      <Section id="time-title" title="Time this quarter">
        {t.allocatedDays === 0 ? (
          <Text size="sm">No confirmed work was planned in the quarter.</Text>
        ) : (
          <>
            <Progress.Root size={18} aria-hidden>
              <Progress.Section value={t.deliveryShare * 100} color="blue.7" />
              <Progress.Section value={t.developmentShare * 100} color="teal.7" />
              <Progress.Section value={t.supportShare * 100} color="orange.6" />
            </Progress.Root>
            <Text size="sm">
              {`Delivery ${percent(t.deliveryShare)}, development ${percent(t.developmentShare)}, support ${percent(t.supportShare)}. `}
              {t.meetsTarget
                ? `Development meets the ${percent(t.developmentTarget)} target.`
                : `Development is under the ${percent(t.developmentTarget)} target.`}
              {` ${percent(t.growthAlignedShare)} of delivery served a growth goal.`}
            </Text>
            {t.stretch.length > 0 ? (
              <List size="sm" spacing={2}>
                {t.stretch.map((s) => (
                  <List.Item
                    key={`${s.projectName}-${s.from}`}
                  >{`Stretch: ${s.projectName}, toward ${s.goalTitles.join(', ')}`}</List.Item>
                ))}
              </List>
            ) : null}
          </>
        )}
      </Section>
      <Section id="ratings-title" title="Ratings">
        <Text size="sm">
          {`${packet.ratingSummary.improved} up and ${packet.ratingSummary.declined} down since last quarter; ${packet.ratingSummary.belowLevel} below the level, ${packet.ratingSummary.aboveLevel} above.`}
        </Text>
        {rated.length === 0 ? (
          <Text size="sm" c="dimmed">
            No ratings this quarter yet.
          </Text>
        ) : (
          <ScrollRegion label="Ratings, scrollable" minWidth={520}>
            <Table striped aria-labelledby="ratings-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Competency</Table.Th>
                  <Table.Th scope="col">Self</Table.Th>
                  <Table.Th scope="col">Manager</Table.Th>
                  <Table.Th scope="col">Against the level</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rated.map((r) => (
                  <Table.Tr key={r.competencyKey}>
                    <Table.Td>
                      {r.competencyName}
                      <Text size="xs" c="dimmed">
                        {r.areaName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {r.self.nowLabel ?? '—'}
                      <Change change={r.self.change} />
                    </Table.Td>
                    <Table.Td>
                      {r.manager ? (
                        <>
                          {r.manager.nowLabel ?? '—'}
                          <Change change={r.manager.change} />
                        </>
                      ) : (
                        'Not shared yet'
                      )}
                    </Table.Td>
                    <Table.Td>{gapLabel(r.gapToLevel)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Section>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Section id="goals-title" title="Goals">
          <Text size="sm">{`${packet.goals.finished.length} finished, ${packet.goals.active.length} open (${packet.goals.atRisk} at risk).`}</Text>
          <List size="sm" spacing={2}>
            {packet.goals.finished.map((g) => (
              <List.Item key={g.id}>{`Finished: ${g.title}`}</List.Item>
            ))}
            {packet.goals.active.map((g) => (
              <List.Item key={g.id}>
                {`${g.title}${g.progress === null ? '' : ` — ${g.progress}%`}`}
                {g.latestConfidence ? ` · ${CONFIDENCE[g.latestConfidence] ?? g.latestConfidence}` : ''}
              </List.Item>
            ))}
          </List>
        </Section>
        <Section id="evidence-title" title="Evidence">
          <Text size="sm">
            {`${packet.evidence.total} entries this quarter${packet.evidence.fromStaffing ? `, ${packet.evidence.fromStaffing} from staffing history` : ''}.`}
          </Text>
          <List size="sm" spacing={2}>
            {packet.evidence.byCompetency.map((c) => (
              <List.Item key={c.competencyKey}>{`${c.competencyName}: ${c.count}`}</List.Item>
            ))}
            {packet.evidence.incidents.map((i) => (
              <List.Item
                key={i.title}
              >{`Incident: ${i.title}${i.role ? ` (${i.role.replace(/_/g, ' ')})` : ''}`}</List.Item>
            ))}
          </List>
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
