import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NumberInput, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { OrganizationWithSettingsFragment } from '@web/generated/graphql';
import { getApiErrors, getUserMessage } from '@web/shared/graphql/errors';
import { monthNames } from '@web/shared/utils/format';
import { updateOrganizationSettingsMutation } from '../graphql/updateOrganizationSettingsMutation';
import {
  type SettingsErrors,
  type SettingsValues,
  settingsToValues,
  toSettingsField,
  toSettingsInput,
  validateSettings,
} from '../utils/settingsForm';

const monthOptions = monthNames.map((label, index) => ({ value: String(index + 1), label }));

export function OrganizationSettingsForm({ organization }: { organization: OrganizationWithSettingsFragment }) {
  const [values, setValues] = useState<SettingsValues>(() => settingsToValues(organization.settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(updateOrganizationSettingsMutation);

  const set = <K extends keyof SettingsValues>(field: K, value: SettingsValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = validateSettings(values);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    try {
      const result = await save({ variables: { input: toSettingsInput(values, organization.version) } });
      if (result.data) {
        setValues(settingsToValues(result.data.updateOrganizationSettings.settings));
        notifications.show({ color: 'teal', title: 'Settings saved', message: `${organization.name} is up to date.` });
      }
    } catch (error) {
      const serverErrors: SettingsErrors = {};
      for (const item of getApiErrors(error)) {
        const field = item.code === 'BAD_USER_INPUT' && item.field ? toSettingsField(item.field) : undefined;
        if (field) serverErrors[field] = item.message;
      }
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else setFormError(getUserMessage(error, 'The settings could not be saved. Please try again.'));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Organization settings">
      <Stack gap="md" maw={480}>
        {formError ? (
          <Alert color="red" variant="light" role="alert" title="Could not save" icon={<IconAlertCircle aria-hidden />}>
            {formError}
          </Alert>
        ) : null}
        <Select
          label="Fiscal quarter start month"
          description={
            organization.fiscalYearStartLocked
              ? 'Fixed: ratings and goals are filed under the quarters of this fiscal year, and a new start month would move them to other months.'
              : 'The month in which the first quarter of your fiscal year begins. It is fixed once the first ratings or goals are filed under a quarter.'
          }
          disabled={organization.fiscalYearStartLocked}
          data={monthOptions}
          value={values.fiscalQuarterStartMonth}
          onChange={(value) => value && set('fiscalQuarterStartMonth', value)}
          allowDeselect={false}
          required
          error={errors.fiscalQuarterStartMonth}
        />
        <NumberInput
          label="Default weekly capacity (hours)"
          description="Used for people without their own capacity."
          min={1}
          max={168}
          step={0.5}
          decimalScale={1}
          clampBehavior="none"
          value={values.defaultWeeklyCapacityHours}
          onChange={(value) => set('defaultWeeklyCapacityHours', value)}
          required
          error={errors.defaultWeeklyCapacityHours}
        />
        <NumberInput
          label="Target development share"
          description="The share of each person's time meant for their own growth."
          min={0}
          max={100}
          step={5}
          decimalScale={1}
          suffix="%"
          clampBehavior="none"
          value={values.targetDevelopmentPercent}
          onChange={(value) => set('targetDevelopmentPercent', value)}
          required
          error={errors.targetDevelopmentPercent}
        />
        <NumberInput
          label="Stale goal after (days)"
          description="A goal with no check-in for this many days is stale."
          min={1}
          max={365}
          step={1}
          allowDecimal={false}
          clampBehavior="none"
          value={values.staleGoalDays}
          onChange={(value) => set('staleGoalDays', value)}
          required
          error={errors.staleGoalDays}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
