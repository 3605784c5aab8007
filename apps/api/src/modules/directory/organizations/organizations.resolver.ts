import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { UpdateOrganizationSettingsInput } from './dto/organization.inputs';
import { Organization } from './models/organization.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @Query(() => Organization, { description: "The viewer's organization." })
  organization(@Context() ctx: RequestContext): Promise<Organization> {
    return this.organizations.current(ctx);
  }

  @Mutation(() => Organization)
  updateOrganizationSettings(
    @Context() ctx: RequestContext,
    @Args('input') input: UpdateOrganizationSettingsInput,
  ): Promise<Organization> {
    return this.organizations.updateSettings(ctx, input);
  }

  @ResolveField(() => Boolean, {
    description:
      "Ratings or goals are filed under this fiscal year's quarters, so its start month can no longer change.",
  })
  fiscalYearStartLocked(@Context() ctx: RequestContext): Promise<boolean> {
    return this.organizations.fiscalYearStartLocked(ctx);
  }
}
