import { useSearchParams } from 'react-router';
import { TeamGrowthView } from '@web/modules/team-growth/components/TeamGrowthView';
import { PageHeader } from '@web/shared/components/PageHeader';

/** /team-growth?team=<id>&quarter=<key>: the filters live in the address, so a view can be shared. */
export function TeamGrowthPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const teamId = searchParams.get('team') || null;
  const quarter = searchParams.get('quarter') || null;

  return (
    <>
      <PageHeader
        title="Team growth"
        description="How each person's ratings compare with the expectations of their level, and how close they are to the next one."
      />
      <TeamGrowthView
        teamId={teamId}
        quarter={quarter}
        onFiltersChange={(filters) => {
          const next = new URLSearchParams();
          if (filters.teamId) next.set('team', filters.teamId);
          if (filters.quarter) next.set('quarter', filters.quarter);
          setSearchParams(next);
        }}
      />
    </>
  );
}
