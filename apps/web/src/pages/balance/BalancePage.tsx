import { useSearchParams } from 'react-router';
import { BalanceView } from '@web/modules/staffing/components/BalanceView';

/** /staffing/balance?quarter=<key>&team=<id>: the filters live in the address, so a view can be shared. */
export function BalancePage() {
  const [params, setParams] = useSearchParams();
  return (
    <BalanceView
      quarter={params.get('quarter') || null}
      teamId={params.get('team') || null}
      onFilterChange={(filters) => {
        const next = new URLSearchParams();
        if (filters.teamId) next.set('team', filters.teamId);
        if (filters.quarter) next.set('quarter', filters.quarter);
        setParams(next, { replace: true });
      }}
    />
  );
}
