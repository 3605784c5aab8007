import { forbidden, notFound } from '../../../common/errors';
import { requireId } from '../../../common/ids';
import { RequestContext } from '../../../context/request-context';
import { ScenarioRow, ScenariosRepository } from './scenarios.repository';

export const SCENARIO_WHO_MAY = 'A scenario is seen and changed by the manager who drafted it, and by admins.';

/**
 * The scenario, if the viewer may read it (its author, or an admin): NOT_FOUND for an id that is
 * not in the organization, then FORBIDDEN. Every read "in a scenario" goes through here.
 */
export async function readableScenario(
  ctx: RequestContext,
  scenarios: ScenariosRepository,
  id: string,
  field: string,
): Promise<ScenarioRow> {
  requireId(field, id);
  const policy = await ctx.policy();
  const row = await scenarios.byId(ctx.db, ctx.orgId, id);
  if (!row) throw notFound('Scenario');
  if (!policy.canManageScenario(row.authorUserId)) throw forbidden(SCENARIO_WHO_MAY);
  return row;
}
