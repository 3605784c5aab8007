import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBriefcase } from '@tabler/icons-react';
import { useState } from 'react';
import type { StaffingEvidenceOfferFieldsFragment } from '@web/generated/graphql';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { getUserMessage } from '@web/shared/graphql/errors';
import { possessive } from '@web/shared/utils/format';
import { useFramework } from '@web/modules/framework/hooks/useFramework';
import { acceptStaffingEvidenceMutation } from '../graphql/acceptStaffingEvidenceMutation';
import { dismissStaffingEvidenceMutation } from '../graphql/dismissStaffingEvidenceMutation';
import { staffingEvidenceOffersQuery } from '../graphql/staffingEvidenceOffersQuery';
import { offersHeadline } from '../utils/staffingOfferForm';
import { StaffingOfferForm } from './StaffingOfferForm';

interface StaffingOffersPanelProps {
  personId: string;
  personName: string;
  isSelf: boolean;
}

const REFETCH = ['Evidence', 'StaffingEvidenceOffers', 'Goals'];

/**
 * Above a person's evidence: work of theirs that ended and exercised competencies, to log as
 * evidence as it is, after an edit, or to dismiss for good. Nothing shows when there is none.
 */
export function StaffingOffersPanel({ personId, personName, isSelf }: StaffingOffersPanelProps) {
  const { data, error, refetch } = useQuery(staffingEvidenceOffersQuery, { variables: { personId } });
  const { framework } = useFramework();
  const [accept] = useMutation(acceptStaffingEvidenceMutation, { refetchQueries: REFETCH });
  const [dismiss, dismissing] = useMutation(dismissStaffingEvidenceMutation, { refetchQueries: REFETCH });
  const [busy, setBusy] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [dismissingOffer, setDismissingOffer] = useState<StaffingEvidenceOfferFieldsFragment | null>(null);

  const offers = data?.staffingEvidenceOffers;
  const editing = offers?.find((o) => o.allocationId === editingId) ?? null;
  const failed = (title: string, e: unknown) =>
    notifications.show({ color: 'red', title, message: getUserMessage(e, 'Try again in a moment.') });

  const logAsIs = async (offer: StaffingEvidenceOfferFieldsFragment) => {
    setBusy(offer.allocationId);
    try {
      await accept({ variables: { input: { allocationId: offer.allocationId } } });
      notifications.show({
        color: 'teal',
        title: 'Logged as evidence',
        message: `“${offer.title}” is in ${possessive(personName, isSelf)} evidence.`,
      });
    } catch (e) {
      failed('Could not log the work', e);
    } finally {
      setBusy(null);
    }
  };

  const confirmDismiss = async () => {
    if (!dismissingOffer) return;
    try {
      await dismiss({ variables: { allocationId: dismissingOffer.allocationId } });
      notifications.show({ color: 'teal', title: 'Dismissed', message: 'That work will not be offered again.' });
    } catch (e) {
      failed('Could not dismiss the work', e);
    } finally {
      setDismissingOffer(null);
    }
  };

  if (!offers && error) {
    return <QueryError title="Could not load the work to log from staffing" error={error} onRetry={() => refetch()} />;
  }
  if (!offers) return <LoadingState label="Loading work to log from staffing" rows={1} />;
  if (offers.length === 0) return null;

  return (
    <Card component="section" aria-labelledby="staffing-offers-heading" withBorder>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={32} radius="xl" variant="filled" color="indigo" aria-hidden>
            <IconBriefcase size={18} />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={3} size="h5" id="staffing-offers-heading">
              {offersHeadline(offers.length, isSelf ? 'you' : personName)}
            </Title>
            <Text size="sm" c="dimmed">
              Planned work that has ended and exercised competencies. Log it as it is, edit it first, or dismiss it for
              good.
            </Text>
          </Stack>
        </Group>
        <Stack component="ul" gap="md" m={0} p={0} aria-label="Work to log" style={{ listStyle: 'none' }}>
          {offers.map((offer) => {
            const titleId = `staffing-offer-${offer.allocationId}`;
            return (
              <Stack
                key={offer.allocationId}
                component="li"
                aria-labelledby={titleId}
                gap={6}
                pt="sm"
                style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
              >
                <Text fw={600} id={titleId}>
                  {offer.title}
                </Text>
                <Group gap={6}>
                  {offer.competencies.map((c) => (
                    <Badge key={c.key} variant="outline" color="indigo" radius="sm">
                      {c.name}
                    </Badge>
                  ))}
                </Group>
                {offer.goals.length > 0 ? (
                  <Text size="sm">Toward {offer.goals.map((g) => `“${g.title}”`).join(', ')}</Text>
                ) : null}
                <Group gap="xs" mt={4}>
                  <Button size="xs" loading={busy === offer.allocationId} onClick={() => void logAsIs(offer)}>
                    Log as evidence
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setEditingId(offer.allocationId)}>
                    Edit first
                  </Button>
                  <Button size="xs" variant="subtle" c="dark.8" onClick={() => setDismissingOffer(offer)}>
                    Dismiss
                  </Button>
                </Group>
              </Stack>
            );
          })}
        </Stack>
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditingId(null)}
        title="Log work as evidence"
        size="lg"
        centered
      >
        {editing && framework ? (
          <StaffingOfferForm
            key={editing.allocationId}
            offer={editing}
            framework={framework}
            onCancel={() => setEditingId(null)}
            onReload={() => refetch()}
            onSaved={(entry) => {
              notifications.show({
                color: 'teal',
                title: 'Logged as evidence',
                message: `“${entry.title}” is in ${possessive(personName, isSelf)} evidence.`,
              });
              setEditingId(null);
            }}
          />
        ) : (
          <LoadingState label="Loading the form" rows={4} />
        )}
      </Modal>
      <Modal
        opened={dismissingOffer !== null}
        onClose={() => setDismissingOffer(null)}
        title="Dismiss this work?"
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {`“${dismissingOffer?.title ?? ''}” will not be offered as evidence again, to ${
              isSelf ? 'you or your managers' : `${personName} or their managers`
            }. You can still add evidence by hand.`}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setDismissingOffer(null)}>
              Keep it
            </Button>
            <Button color="red" loading={dismissing.loading} onClick={() => void confirmDismiss()}>
              Dismiss
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
