import { useMutation } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useState } from 'react';
import type { HolidayCalendarFieldsFragment, ImportHolidaysMutation } from '@web/generated/graphql';
import { SaveProblems } from '@web/shared/components/SaveProblems';
import { useForm } from '@web/shared/forms/useForm';
import { formatDate } from '@web/shared/utils/format';
import { importHolidaysMutation } from '../graphql/importHolidaysMutation';
import { importSummary, MAX_ICS_BYTES } from '../utils/holidayCalendarForm';

type ImportResult = ImportHolidaysMutation['importHolidays'];

/** Imports an iCalendar (.ics) file's all-day events as holidays, and says what came in and what did not. */
export function IcsImportForm({ calendar }: { calendar: HolidayCalendarFieldsFragment }) {
  const [importHolidays, importing] = useMutation(importHolidaysMutation, { refetchQueries: ['Holidays'] });
  const [result, setResult] = useState<ImportResult | null>(null);
  const form = useForm<{ ics: File | null }, 'ics'>({
    initialValues: { ics: null },
    fields: ['ics'],
    idPrefix: 'holidays-import',
    validate: ({ ics }) => {
      if (!ics) return { ics: 'Choose an iCalendar (.ics) file.' };
      if (ics.size > MAX_ICS_BYTES)
        return { ics: 'The file is too large: an iCalendar file of holidays is under 1 MB.' };
      return {};
    },
    fallbackMessage: 'The file could not be imported. Try again.',
  });

  const save = async ({ ics }: { ics: File | null }) => {
    if (!ics) return;
    setResult(null);
    const text = await readText(ics);
    const { data } = await importHolidays({ variables: { input: { calendarId: calendar.id, ics: text } } });
    if (data) {
      setResult(data.importHolidays);
      form.setValues({ ics: null });
    }
  };

  return (
    <Stack gap="sm">
      <form onSubmit={form.handleSubmit(save)} noValidate>
        <Stack gap="sm">
          <SaveProblems
            conflict={false}
            formError={form.formError}
            subject="import"
            label="The calendar"
            onReload={async () => undefined}
          />
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FileInput
              id="holidays-import-ics"
              label="Import from an iCalendar file"
              description="All-day events become holidays, one per day; yearly ones for this year and next."
              placeholder="Choose a .ics file"
              accept=".ics,text/calendar"
              clearable
              value={form.values.ics}
              onChange={(file) => {
                form.setField('ics', file);
                setResult(null);
              }}
              error={form.errors.ics}
              style={{ flex: '1 1 280px' }}
            />
            <Button
              type="submit"
              variant="default"
              loading={importing.loading}
              leftSection={<IconCalendarDown size={16} aria-hidden />}
            >
              Import
            </Button>
          </Group>
        </Stack>
      </form>
      {result ? <ImportReport result={result} calendarName={calendar.name} /> : null}
    </Stack>
  );
}

/** The file's text (FileReader: read the same in every browser). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

function ImportReport({ result, calendarName }: { result: ImportResult; calendarName: string }) {
  return (
    <Alert
      color={result.imported.length > 0 ? 'teal.9' : 'gray.8'}
      variant="outline"
      title={importSummary(result.imported.length, result.skipped.length)}
      aria-live="polite"
    >
      <Stack gap="xs">
        <Text size="sm">
          {result.imported.length > 0
            ? `Added to ${calendarName}, from ${formatDate(result.imported[0].date)} to ${formatDate(
                result.imported[result.imported.length - 1].date,
              )}. Yearly events were read for ${result.fromYear} and ${result.toYear}.`
            : `Nothing new for ${calendarName}.`}
        </Text>
        {result.skipped.length > 0 ? (
          <>
            <Text size="sm" fw={600}>
              Skipped
            </Text>
            <List size="sm" spacing={4} aria-label="Skipped events">
              {result.skipped.map((s, i) => (
                <List.Item key={`${s.name}-${s.date ?? ''}-${i}`}>
                  {`${s.name}${s.date ? ` (${formatDate(s.date)})` : ''}: ${s.reason}`}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}
