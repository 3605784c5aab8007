import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { Evidence } from '../../growth/evidence/models/evidence.model';
import { AcceptStaffingEvidenceInput } from './dto/staffing-history.inputs';
import { StaffingEvidenceOffer } from './models/staffing-evidence-offer.model';
import { StaffingHistoryService } from './staffing-history.service';

/** Staffing history as evidence: thin, every rule is in the service. */
@Resolver()
export class StaffingHistoryResolver {
  constructor(private readonly historyService: StaffingHistoryService) {}

  @Query(() => [StaffingEvidenceOffer], {
    description:
      'Ended work that exercised competencies and is not logged as evidence nor dismissed: for one person, or (left out) for the viewer and everyone whose growth they read.',
  })
  staffingEvidenceOffers(
    @Context() ctx: RequestContext,
    @Args('personId', { type: () => ID, nullable: true }) personId?: string | null,
  ): Promise<StaffingEvidenceOffer[]> {
    return this.historyService.offers(ctx, personId ?? null);
  }

  @Mutation(() => Evidence, { description: 'Logs ended work as an evidence entry, as offered or edited first.' })
  acceptStaffingEvidence(
    @Context() ctx: RequestContext,
    @Args('input') input: AcceptStaffingEvidenceInput,
  ): Promise<Evidence> {
    return this.historyService.accept(ctx, input);
  }

  @Mutation(() => ID, { description: 'Never offers the work as evidence again; returns the allocation’s id.' })
  dismissStaffingEvidence(
    @Context() ctx: RequestContext,
    @Args('allocationId', { type: () => ID }) allocationId: string,
  ): Promise<string> {
    return this.historyService.dismiss(ctx, allocationId);
  }
}
