import { useParams } from 'react-router';
import { ScenarioCompareView } from '@web/modules/staffing/components/ScenarioCompareView';

/** /staffing/scenarios/:scenarioId: a scenario against today's plan. */
export function ScenarioPage() {
  const { scenarioId = '' } = useParams();
  return <ScenarioCompareView key={scenarioId} scenarioId={scenarioId} />;
}
