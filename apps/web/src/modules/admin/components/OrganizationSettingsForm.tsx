import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { OrganizationWithSettingsFragment } from '@web/generated/graphql';
import { FormAlert } from '@web/shared/components/FormAlert';
import { useForm } from '@web/shared/forms/useForm';
import { monthNames } from '@web/shared/utils/format';
import { updateOrganizationSettingsMutation } from '../graphql/updateOrganizationSettingsMutation';
import {
  type SettingsValues,
  settingsToValues,
  toSettingsField,
  toSettingsInput,
  validateSettings,
} from '../utils/settingsForm';

const monthOptions = monthNames.map((label, index) => ({ value: String(index + 1), label }));

export function OrganizationSettingsForm({ organization }: { organization: OrganizationWithSettingsFragment }) {
  const form = useForm<SettingsValues>({
    initialValues: () => settingsToValues(organization.settings),
    fields: [
      'fiscalQuarterStartMonth',
      'defaultWeeklyCapacityHours',
      'targetDevelopmentPercent',
      'staleGoalDays',
      'overAllocation',
      'idlePercent',
    ],
    idPrefix: 'settings',
    validate: validateSettings,
    toField: toSettingsField,
    fallbackMessage: 'The settings could not be saved. Please try again.',
    // The settings have no reload of their own: the server's message says what to do.
    detectConflict: false,
  });
  const { values, setField: set, errors, formError } = form;
  const [saveSettings, { loading }] = useMutation(updateOrganizationSettingsMutation);

  const save = async (current: SettingsValues) => {
    const result = await saveSettings({ variables: { input: toSettingsInput(current, organization.version) } });
    if (result.data) {
      form.setValues(settingsToValues(result.data.updateOrganizationSettings.settings));
      notifications.show({ color: 'teal', title: 'Settings saved', message: `${organization.name} is up to date.` });
    }
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label="Organization settings">
      <Stack gap="md" maw={480}>
        {formError ? (
          <FormAlert tone="error" title="Could not save">
            {formError}
          </FormAlert>
        ) : null}
        <Select
          id="settings-fiscalQuarterStartMonth"
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
          id="settings-defaultWeeklyCapacityHours"
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
          id="settings-targetDevelopmentPercent"
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
          id="settings-staleGoalDays"
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
        <Select
          id="settings-overAllocation"
          label="Planning someone above 100%"
          description="Whether a plan that puts someone above their capacity in a week is saved with a warning, or refused."
          data={[
            { value: 'WARN', label: 'Save it, with a warning' },
            { value: 'REFUSE', label: 'Refuse it, naming the person and weeks' },
          ]}
          value={values.overAllocation}
          onChange={(value) => value && set('overAllocation', value as SettingsValues['overAllocation'])}
          allowDeselect={false}
          error={errors.overAllocation}
        />
        <NumberInput
          id="settings-idlePercent"
          label="Idle below"
          description="A week planned below this share of someone's capacity shows as idle on the timeline."
          min={0}
          max={100}
          step={5}
          decimalScale={1}
          suffix="%"
          clampBehavior="none"
          value={values.idlePercent}
          onChange={(value) => set('idlePercent', value)}
          required
          error={errors.idlePercent}
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
