import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { TemplateFieldsFragment } from '@web/generated/graphql';
import { adminTemplatesQuery } from '@web/modules/admin/graphql/adminTemplatesQuery';
import { createTemplateMutation } from '@web/modules/admin/graphql/createTemplateMutation';
import { deleteTemplateMutation } from '@web/modules/admin/graphql/deleteTemplateMutation';
import { updateTemplateMutation } from '@web/modules/admin/graphql/updateTemplateMutation';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { FormAlert } from '@web/shared/components/FormAlert';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { getFieldErrors, getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { pointsFromText, templateProblems } from '../utils/templateForm';

/**
 * The organization's one-on-one templates: starter talking points a series' first agenda gets.
 * Trellis's own are shown for reference; admins add, edit and remove their organization's.
 */
export function OneOnOneTemplatesPanel() {
  const { data, error, refetch } = useQuery(adminTemplatesQuery);
  const [editing, setEditing] = useState<TemplateFieldsFragment | 'new' | null>(null);
  const templates = data?.oneOnOneTemplates;
  if (!templates) {
    return error ? (
      <QueryError title="Could not load the templates" error={error} onRetry={() => refetch()} />
    ) : (
      <LoadingState label="Loading the templates" rows={3} />
    );
  }
  const own = templates.filter((t) => !t.builtIn);
  const builtIn = templates.filter((t) => t.builtIn);
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" maw={640}>
          A template gives a new one-on-one series the talking points of its first agenda. Trellis’s own templates
          cannot be changed; your organization’s can.
        </Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          New template
        </Button>
      </Group>
      <Stack gap="sm" component="section" aria-labelledby="own-templates">
        <Title order={2} size="h4" id="own-templates">
          Your organization’s templates
        </Title>
        {own.length === 0 ? (
          <EmptyMessage title="None yet" description="Add one for the conversations your managers have often." />
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {own.map((t) => (
              <TemplateCard key={t.id} template={t} onEdit={() => setEditing(t)} onDeleted={() => void refetch()} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="builtin-templates">
        <Title order={2} size="h4" id="builtin-templates">
          Built into Trellis
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {builtIn.map((t) => (
            <TemplateCard key={t.id} template={t} />
          ))}
        </SimpleGrid>
      </Stack>
      {editing ? (
        <TemplateDialog
          template={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onReload={() => refetch()}
        />
      ) : null}
    </Stack>
  );
}

function TemplateCard({
  template,
  onEdit,
  onDeleted,
}: {
  template: TemplateFieldsFragment;
  onEdit?: () => void;
  onDeleted?: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(deleteTemplateMutation, {
    refetchQueries: ['AdminOneOnOneTemplates'],
  });
  const headingId = `template-${template.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5" id={headingId}>
            {template.name}
          </Title>
          {template.builtIn ? (
            <Badge variant="outline" color="gray.8">
              Built in
            </Badge>
          ) : null}
        </Group>
        <List size="sm" spacing={2}>
          {template.points.map((point, i) => (
            <List.Item key={i}>{point}</List.Item>
          ))}
        </List>
        {error ? (
          <FormAlert tone="error" title="The template was not removed">
            {getUserMessage(error)}
          </FormAlert>
        ) : null}
        {onEdit ? (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onEdit} aria-label={`Edit ${template.name}`}>
              Edit
            </Button>
            {confirming ? (
              <>
                <Button
                  size="xs"
                  color="red.9"
                  loading={loading}
                  onClick={() =>
                    void remove({ variables: { id: template.id, version: template.version ?? 0 } })
                      .then(() => onDeleted?.())
                      .catch(() => undefined)
                  }
                >
                  {`Remove ${template.name}`}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                  Keep it
                </Button>
              </>
            ) : (
              <Button
                size="xs"
                variant="default"
                onClick={() => setConfirming(true)}
                aria-label={`Remove ${template.name}…`}
              >
                Remove…
              </Button>
            )}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function TemplateDialog({
  template,
  onClose,
  onReload,
}: {
  template: TemplateFieldsFragment | null;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const [name, setName] = useState(template?.name ?? '');
  const [pointsText, setPointsText] = useState(template?.points.join('\n') ?? '');
  const [shown, setShown] = useState<Record<string, string>>({});
  const refetchQueries = ['AdminOneOnOneTemplates'];
  const [create, creating] = useMutation(createTemplateMutation, { refetchQueries });
  const [update, updating] = useMutation(updateTemplateMutation, { refetchQueries });
  const error = creating.error ?? updating.error;
  const fieldErrors = { ...getFieldErrors(error), ...shown };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name: name.trim(), points: pointsFromText(pointsText) };
    const problems = templateProblems(input);
    setShown(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      if (template) await update({ variables: { id: template.id, version: template.version ?? 0, input } });
      else await create({ variables: { input } });
      onClose();
    } catch {
      // Shown from `error` below.
    }
  };
  const title = template ? `Edit ${template.name}` : 'New template';
  return (
    <Modal opened onClose={onClose} title={title} closeOnClickOutside={false} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {error && hasErrorCode(error, 'CONFLICT') ? (
            <ConflictAlert title="The template changed meanwhile" onReload={onReload}>
              {getUserMessage(error)}
            </ConflictAlert>
          ) : error && Object.keys(getFieldErrors(error)).length === 0 ? (
            <FormAlert tone="error" title="The template was not saved">
              {getUserMessage(error)}
            </FormAlert>
          ) : null}
          <TextInput
            label="Name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldErrors.name}
            required
            maxLength={100}
          />
          <Textarea
            label="Talking points"
            description="One per line, in the order the agenda lists them (at most 30)."
            value={pointsText}
            onChange={(e) => setPointsText(e.currentTarget.value)}
            error={fieldErrors.points}
            autosize
            minRows={5}
            maxRows={14}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {template ? 'Save template' : 'Add template'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
