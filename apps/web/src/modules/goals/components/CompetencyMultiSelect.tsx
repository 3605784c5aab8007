import { type ComboboxData, MultiSelect } from '@mantine/core';

interface CompetencyMultiSelectProps {
  id: string;
  /** What the chosen competencies mean for this record. */
  description: string;
  data: ComboboxData;
  value: string[];
  onChange: (keys: string[]) => void;
  maxValues: number;
  error?: string;
  /** Marks the field as required (the form checks it). */
  required?: boolean;
}

/** The framework's competencies to tag a goal or a piece of evidence with, grouped by area. */
export function CompetencyMultiSelect({
  id,
  description,
  data,
  value,
  onChange,
  maxValues,
  error,
  required = false,
}: CompetencyMultiSelectProps) {
  return (
    <MultiSelect
      id={id}
      label="Competencies"
      description={description}
      placeholder={value.length === 0 ? 'Choose competencies' : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': 'Clear competencies' }}
      maxValues={maxValues}
      hidePickedOptions
      nothingFoundMessage="No competency by that name"
      error={error}
      required={required}
    />
  );
}
