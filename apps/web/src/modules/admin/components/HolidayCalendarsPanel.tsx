import { useQuery } from '@apollo/client/react';
import { Button, Card, Grid, NavLink, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { adminHolidayCalendarsQuery } from '../graphql/adminHolidayCalendarsQuery';
import { CalendarNameDialog } from './CalendarNameDialog';
import { HolidayCalendarDetail } from './HolidayCalendarDetail';

/**
 * Admin → Holiday calendars: the organization's calendars (one per office or country), their
 * holidays by year, added by hand or imported from an iCalendar file. People are put on a
 * calendar from their profile; the capacity maths leaves its days out.
 */
export function HolidayCalendarsPanel() {
  const { data, error, refetch } = useQuery(adminHolidayCalendarsQuery);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'new' | 'rename' | null>(null);
  const calendars = data?.holidayCalendars;
  const selected = calendars?.find((c) => c.id === selectedId) ?? calendars?.[0] ?? null;

  if (!calendars && error) {
    return <QueryError title="Could not load the holiday calendars" error={error} onRetry={() => refetch()} />;
  }
  if (!calendars) return <LoadingState label="Loading holiday calendars" rows={5} />;

  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog('new')}>
      New calendar
    </Button>
  );

  return (
    <>
      {calendars.length === 0 ? (
        <Card withBorder>
          <EmptyMessage
            icon={<IconCalendarEvent size={32} aria-hidden />}
            title="No holiday calendars yet"
            description="A calendar holds the public holidays of an office or a country; people on it have those days off in the plan."
            action={newButton}
          />
        </Card>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card withBorder component="nav" aria-labelledby="calendars-heading">
              <Stack gap="sm">
                <Title order={2} size="h4" id="calendars-heading">
                  Holiday calendars
                </Title>
                <Stack gap={2}>
                  {calendars.map((c) => (
                    <NavLink
                      key={c.id}
                      component="button"
                      label={c.name}
                      description={`${c.holidayCount} holidays · ${c.peopleCount} ${c.peopleCount === 1 ? 'person' : 'people'}`}
                      active={c.id === selected?.id}
                      aria-current={c.id === selected?.id ? 'true' : undefined}
                      onClick={() => setSelectedId(c.id)}
                      // Mantine's active description is too light on the active background.
                      styles={{ description: { color: 'var(--mantine-color-gray-8)' } }}
                    />
                  ))}
                </Stack>
                {newButton}
              </Stack>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Card withBorder>
              {selected ? (
                <HolidayCalendarDetail
                  key={selected.id}
                  calendar={selected}
                  onRename={() => setDialog('rename')}
                  onDeleted={() => setSelectedId(null)}
                />
              ) : (
                <Text>Choose a calendar.</Text>
              )}
            </Card>
          </Grid.Col>
        </Grid>
      )}
      <CalendarNameDialog
        opened={dialog !== null}
        calendar={dialog === 'rename' ? selected : null}
        otherNames={calendars.filter((c) => dialog !== 'rename' || c.id !== selected?.id).map((c) => c.name)}
        onClose={() => setDialog(null)}
        onSaved={(saved) => setSelectedId(saved.id)}
        onReload={() => refetch()}
      />
    </>
  );
}
