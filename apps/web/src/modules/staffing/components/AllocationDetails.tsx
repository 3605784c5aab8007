import { List, Modal, Text } from '@mantine/core';
import type { AllocationFieldsFragment } from '@web/generated/graphql';
import { kindLabels } from '../utils/kinds';
import { shortDate } from '../utils/timelineLayout';

interface AllocationDetailsProps {
  allocation: AllocationFieldsFragment | null;
  personName: string;
  onClose: () => void;
}

/** Planned time as someone who does not plan it reads it. */
export function AllocationDetails({ allocation, personName, onClose }: AllocationDetailsProps) {
  return (
    <Modal
      opened={allocation !== null}
      onClose={onClose}
      title={allocation?.projectName ?? 'Development time'}
      centered
    >
      {allocation ? (
        <List spacing={4} size="sm" listStyleType="none">
          <List.Item>
            {personName}: {allocation.percent}% of their time, {kindLabels[allocation.kind].toLowerCase()}
            {allocation.status === 'TENTATIVE' ? ' (tentative)' : ''}
          </List.Item>
          <List.Item>
            {shortDate(allocation.startDate, true)} to {shortDate(allocation.endDate, true)}
          </List.Item>
          {allocation.stretchGoals.length ? (
            <List.Item>Stretches toward: {allocation.stretchGoals.map((g) => g.title).join(', ')}</List.Item>
          ) : null}
          {allocation.note ? (
            <List.Item>
              <Text size="sm" c="dimmed">
                {allocation.note}
              </Text>
            </List.Item>
          ) : null}
        </List>
      ) : null}
    </Modal>
  );
}
