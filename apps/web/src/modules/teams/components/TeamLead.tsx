import { Text } from '@mantine/core';
import { personPath } from '@web/shared/routes';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';

interface TeamLeadProps {
  team: { lead?: { id: string; name: string } | null; leadName?: string | null };
}

/** The lead as a link when the viewer may open their profile, as plain text otherwise. */
export function TeamLead({ team }: TeamLeadProps) {
  if (team.lead) return <RouterAnchor to={personPath(team.lead.id)}>{team.lead.name}</RouterAnchor>;
  if (team.leadName) return <Text size="sm">{team.leadName}</Text>;
  return (
    <Text size="sm" c="dimmed">
      No lead
    </Text>
  );
}
