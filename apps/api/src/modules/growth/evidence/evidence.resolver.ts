import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../../../context/request-context';
import { CreateEvidenceInput, UpdateEvidenceInput } from './dto/evidence.inputs';
import { Evidence } from './models/evidence.model';
import { EvidenceService } from './evidence.service';

/** A person’s evidence: thin, every rule is in the service. */
@Resolver()
export class EvidenceResolver {
  constructor(private readonly evidenceService: EvidenceService) {}

  @Query(() => [Evidence], { description: 'A person’s evidence, newest first.' })
  evidence(
    @Context() ctx: RequestContext,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('competencyKey', { type: () => String, nullable: true }) competencyKey?: string | null,
  ): Promise<Evidence[]> {
    return this.evidenceService.list(ctx, personId, competencyKey);
  }

  @Mutation(() => Evidence)
  addEvidence(@Context() ctx: RequestContext, @Args('input') input: CreateEvidenceInput): Promise<Evidence> {
    return this.evidenceService.create(ctx, input);
  }

  @Mutation(() => Evidence)
  updateEvidence(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateEvidenceInput,
  ): Promise<Evidence> {
    return this.evidenceService.update(ctx, id, input);
  }

  @Mutation(() => ID, { description: 'Deletes an entry of evidence; returns its id.' })
  deleteEvidence(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.evidenceService.delete(ctx, id);
  }
}
