import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LongText } from '../../common/validation';
import { RequestContext } from '../../context/request-context';
import {
  ActionItemInput,
  OneOnOneTemplateInput,
  StartOneOnOneSeriesInput,
  TalkingPointInput,
  UpdateActionItemInput,
  UpdateOneOnOneSeriesInput,
  UpdateTalkingPointInput,
} from './dto/one-on-ones.inputs';
import { MeetingsService } from './meetings/meetings.service';
import {
  ActionItem,
  ManagerCadence,
  Meeting,
  OneOnOneSearchHit,
  OneOnOneSeries,
  OneOnOneSeriesDetail,
  OneOnOneTemplate,
  PrivateNote,
} from './models/one-on-ones.model';
import { OverviewService } from './overview/overview.service';
import { PRIVATE_NOTE_MAX, PrivateNotesService } from './private-notes/private-notes.service';
import { SeriesService } from './series/series.service';

const ID_ARG = { type: () => ID };
const INT_ARG = { type: () => Int };

/** One-on-ones: thin, every rule is in the services and the policy. */
@Resolver()
export class OneOnOnesResolver {
  constructor(
    private readonly series: SeriesService,
    private readonly meetings: MeetingsService,
    private readonly notes: PrivateNotesService,
    private readonly overview: OverviewService,
  ) {}

  // ---- reads ------------------------------------------------------------------------------------

  @Query(() => [OneOnOneSeries], { description: 'The viewer’s own one-on-one series.' })
  oneOnOnes(@Context() ctx: RequestContext): Promise<OneOnOneSeries[]> {
    return this.overview.mySeries(ctx);
  }

  @Query(() => OneOnOneSeriesDetail, {
    description: 'A series: everything for its participants; existence and cadence for the chain above and admins.',
  })
  oneOnOneSeries(@Context() ctx: RequestContext, @Args('id', ID_ARG) id: string): Promise<OneOnOneSeriesDetail> {
    return this.overview.seriesDetail(ctx, id);
  }

  @Query(() => [OneOnOneSearchHit], {
    description: 'Search a series’ whole history by text and/or tag (participants).',
  })
  oneOnOneSearch(
    @Context() ctx: RequestContext,
    @Args('seriesId', ID_ARG) seriesId: string,
    @Args('text', { type: () => String, nullable: true }) text: string | null,
    @Args('tag', { type: () => String, nullable: true }) tag: string | null,
  ): Promise<OneOnOneSearchHit[]> {
    return this.overview.search(ctx, seriesId, text ?? null, tag ?? null);
  }

  @Query(() => Meeting, { description: 'A meeting, for its two participants.' })
  meeting(@Context() ctx: RequestContext, @Args('id', ID_ARG) id: string): Promise<Meeting> {
    return this.overview.meeting(ctx, id);
  }

  @Query(() => [ActionItem], { description: 'The viewer’s open action items across their one-on-ones, overdue first.' })
  myOpenActionItems(@Context() ctx: RequestContext): Promise<ActionItem[]> {
    return this.overview.myOpenActionItems(ctx);
  }

  @Query(() => [ManagerCadence], {
    description: 'Per manager in reach: series and meetings held vs expected over 12 weeks. No content is read.',
  })
  cadenceByManager(@Context() ctx: RequestContext): Promise<ManagerCadence[]> {
    return this.overview.cadenceByManager(ctx);
  }

  @Query(() => [OneOnOneTemplate])
  oneOnOneTemplates(@Context() ctx: RequestContext): Promise<OneOnOneTemplate[]> {
    return this.series.templates(ctx);
  }

  @Query(() => PrivateNote, { description: 'The viewer’s own private note on a meeting (version 0: none yet).' })
  myPrivateNote(@Context() ctx: RequestContext, @Args('meetingId', ID_ARG) meetingId: string): Promise<PrivateNote> {
    return this.notes.mine(ctx, meetingId);
  }

  // ---- series -----------------------------------------------------------------------------------

  @Mutation(() => OneOnOneSeriesDetail, { description: 'Starts a series and plans its first meeting.' })
  async startOneOnOneSeries(
    @Context() ctx: RequestContext,
    @Args('input') input: StartOneOnOneSeriesInput,
  ): Promise<OneOnOneSeriesDetail> {
    return this.overview.seriesDetail(ctx, await this.series.start(ctx, input));
  }

  @Mutation(() => OneOnOneSeriesDetail, { description: 'Changes the schedule of every future meeting.' })
  async updateOneOnOneSeries(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('input') input: UpdateOneOnOneSeriesInput,
  ): Promise<OneOnOneSeriesDetail> {
    return this.overview.seriesDetail(ctx, await this.series.update(ctx, id, input));
  }

  @Mutation(() => OneOnOneSeriesDetail)
  async pauseOneOnOneSeries(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', INT_ARG) version: number,
  ): Promise<OneOnOneSeriesDetail> {
    return this.overview.seriesDetail(ctx, await this.series.setStatus(ctx, id, version, 'paused'));
  }

  @Mutation(() => OneOnOneSeriesDetail)
  async resumeOneOnOneSeries(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', INT_ARG) version: number,
  ): Promise<OneOnOneSeriesDetail> {
    return this.overview.seriesDetail(ctx, await this.series.setStatus(ctx, id, version, 'active'));
  }

  @Mutation(() => OneOnOneSeriesDetail, { description: 'Ends a series: its meetings still to come are cancelled.' })
  async endOneOnOneSeries(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', INT_ARG) version: number,
  ): Promise<OneOnOneSeriesDetail> {
    return this.overview.seriesDetail(ctx, await this.series.setStatus(ctx, id, version, 'ended'));
  }

  @Mutation(() => Meeting, { description: 'Moves one meeting.' })
  async rescheduleMeeting(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('scheduledAt') scheduledAt: Date,
    @Args('version', INT_ARG) version: number,
    @Args('durationMinutes', { type: () => Int, nullable: true }) durationMinutes: number | null,
  ): Promise<Meeting> {
    await this.series.rescheduleMeeting(ctx, id, scheduledAt, version, durationMinutes ?? null);
    return this.overview.meeting(ctx, id);
  }

  @Mutation(() => Meeting, { description: 'An extra meeting of a series, outside its cadence.' })
  async scheduleAdHocMeeting(
    @Context() ctx: RequestContext,
    @Args('seriesId', ID_ARG) seriesId: string,
    @Args('scheduledAt') scheduledAt: Date,
    @Args('durationMinutes', { type: () => Int, defaultValue: 30 }) durationMinutes: number,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.series.scheduleAdHoc(ctx, seriesId, scheduledAt, durationMinutes));
  }

  @Mutation(() => Meeting, { description: 'Cancels one meeting; its agenda and open items move to the next.' })
  async cancelMeeting(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', INT_ARG) version: number,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.series.cancelMeeting(ctx, id, version));
  }

  // ---- agenda and action items ------------------------------------------------------------------

  @Mutation(() => Meeting)
  async addTalkingPoint(
    @Context() ctx: RequestContext,
    @Args('meetingId', ID_ARG) meetingId: string,
    @Args('input') input: TalkingPointInput,
  ): Promise<Meeting> {
    await this.meetings.addPoint(ctx, meetingId, input);
    return this.overview.meeting(ctx, meetingId);
  }

  @Mutation(() => Meeting, { description: 'Its author only.' })
  async updateTalkingPoint(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('input') input: UpdateTalkingPointInput,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.updatePoint(ctx, id, input));
  }

  @Mutation(() => Meeting, { description: 'Its author only.' })
  async removeTalkingPoint(@Context() ctx: RequestContext, @Args('id', ID_ARG) id: string): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.removePoint(ctx, id));
  }

  @Mutation(() => Meeting, { description: 'Puts a point at a position (from 0); the others keep their order.' })
  async moveTalkingPoint(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('position', INT_ARG) position: number,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.movePoint(ctx, id, position));
  }

  @Mutation(() => Meeting)
  async markTalkingPointDiscussed(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('discussed') discussed: boolean,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.markDiscussed(ctx, id, discussed));
  }

  @Mutation(() => Meeting)
  async addActionItem(
    @Context() ctx: RequestContext,
    @Args('meetingId', ID_ARG) meetingId: string,
    @Args('input') input: ActionItemInput,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.addActionItem(ctx, meetingId, input));
  }

  @Mutation(() => Meeting)
  async updateActionItem(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('input') input: UpdateActionItemInput,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.updateActionItem(ctx, id, input));
  }

  @Mutation(() => Meeting)
  async completeActionItem(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('done') done: boolean,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.completeActionItem(ctx, id, done));
  }

  @Mutation(() => Meeting)
  async removeActionItem(@Context() ctx: RequestContext, @Args('id', ID_ARG) id: string): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.removeActionItem(ctx, id));
  }

  @Mutation(() => Meeting, {
    description: 'Completes a meeting; undiscussed points and open items move to the next meeting, which is returned.',
  })
  async completeMeeting(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', INT_ARG) version: number,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.complete(ctx, id, version));
  }

  @Mutation(() => Meeting, { description: 'The partner’s (report’s) mood, 1–5, or null to clear it.' })
  async setMeetingMood(
    @Context() ctx: RequestContext,
    @Args('meetingId', ID_ARG) meetingId: string,
    @Args('mood', { type: () => Int, nullable: true }) mood: number | null,
  ): Promise<Meeting> {
    return this.overview.meeting(ctx, await this.meetings.setMood(ctx, meetingId, mood ?? null));
  }

  @Mutation(() => PrivateNote, { description: 'Autosave of the viewer’s private note; version 0 for the first save.' })
  @LongText(PRIVATE_NOTE_MAX)
  savePrivateNote(
    @Context() ctx: RequestContext,
    @Args('meetingId', ID_ARG) meetingId: string,
    @Args('body') body: string,
    @Args('version', INT_ARG) version: number,
  ): Promise<PrivateNote> {
    return this.notes.save(ctx, meetingId, body, version);
  }

  // ---- templates --------------------------------------------------------------------------------

  @Mutation(() => OneOnOneTemplate)
  createOneOnOneTemplate(
    @Context() ctx: RequestContext,
    @Args('input') input: OneOnOneTemplateInput,
  ): Promise<OneOnOneTemplate> {
    return this.series.createTemplate(ctx, input);
  }

  @Mutation(() => OneOnOneTemplate)
  updateOneOnOneTemplate(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', INT_ARG) version: number,
    @Args('input') input: OneOnOneTemplateInput,
  ): Promise<OneOnOneTemplate> {
    return this.series.updateTemplate(ctx, id, version, input);
  }

  @Mutation(() => ID, { description: 'Removes a template; series made from it keep their points.' })
  deleteOneOnOneTemplate(
    @Context() ctx: RequestContext,
    @Args('id', ID_ARG) id: string,
    @Args('version', INT_ARG) version: number,
  ): Promise<string> {
    return this.series.deleteTemplate(ctx, id, version);
  }
}
