import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';

interface AddItemFormProps {
  /** The button's text, e.g. "Add competency". */
  action: string;
  /** The name field's label, e.g. "New competency". */
  label: string;
  placeholder: string;
  onAdd: (name: string) => void;
}

/** A name and an "Add …" button; the new item gets its key from the name. */
export function AddItemForm({ action, label, placeholder, onAdd }: AddItemFormProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter a name first.');
      return;
    }
    onAdd(trimmed);
    setName('');
    setError(null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={label}
          placeholder={placeholder}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          maxLength={300}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="light" mt={25} leftSection={<IconPlus size={16} aria-hidden />}>
          {action}
        </Button>
      </Group>
    </form>
  );
}
