import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { viewerName } from '../../../authz/record-access';
import { AppError } from '../../../common/errors';
import { SessionContexts, sessionTokenOf } from '../../../context/session-context';
import { RequestContext } from '../../../context/request-context';
import { ReviewReportsService } from '../report/review-reports.service';
import { ReviewsService } from '../reviews.service';
import { reviewDocument, reviewMarkdown } from './review-document';
import { reviewPdf } from './review-pdf';
import { teamReportDocument } from './team-report-document';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** A name for the file: the person and the quarter, in plain letters. */
function fileName(person: string, quarter: string, extension: string): string {
  const slug = `${person} ${quarter} review`
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return `${slug || 'review'}.${extension}`;
}

/**
 * GET /exports/reviews/<id>.md and .pdf: one review as the signed-in viewer may read it (the
 * session cookie, the same policy as GraphQL), made by the API so that it works without a browser.
 */
@Controller('exports/reviews')
export class ReviewExportController {
  constructor(
    private readonly contexts: SessionContexts,
    private readonly reviews: ReviewsService,
    private readonly reports: ReviewReportsService,
  ) {}

  /** GET /exports/reviews/cycles/<cycle id>.csv and .pdf: the team report of the viewer's reach. */
  @Get('cycles/:file')
  async teamReport(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = /^([0-9a-f-]{36})\.(csv|pdf)$/i.exec(file);
    res.setHeader('Cache-Control', 'private, no-store');
    if (!match) {
      res.status(404).type('text/plain').send('No such export: ask for <cycle id>.csv or .pdf.');
      return;
    }
    const [, id, extension] = match;
    await this.answer(req, res, async (ctx) => {
      if (extension.toLowerCase() === 'csv') {
        const { quarter, text } = await this.reports.csv(ctx, id);
        res.setHeader('Content-Disposition', `attachment; filename="${fileName('team', quarter, 'csv')}"`);
        res.status(200).type('text/csv; charset=utf-8').send(text);
        return;
      }
      const report = await this.reports.teamReport(ctx, id);
      const reach = `${await viewerName(ctx)}’s reach`;
      res.setHeader('Content-Disposition', `attachment; filename="${fileName('team', report.quarterLabel, 'pdf')}"`);
      res
        .status(200)
        .type('application/pdf')
        .send(await reviewPdf(teamReportDocument(report, reach)));
    });
  }

  @Get(':file')
  async export(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = /^([0-9a-f-]{36})\.(md|pdf)$/i.exec(file);
    res.setHeader('Cache-Control', 'private, no-store');
    if (!match) {
      res.status(404).type('text/plain').send('No such export: ask for <review id>.md or .pdf.');
      return;
    }
    const [, id, extension] = match;
    await this.answer(req, res, async (ctx) => {
      const review = await this.reviews.review(ctx, id);
      const doc = reviewDocument(review);
      const name = fileName(review.person.name, review.quarter, extension.toLowerCase());
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      if (extension.toLowerCase() === 'md') {
        res.status(200).type('text/markdown; charset=utf-8').send(reviewMarkdown(doc));
      } else {
        res
          .status(200)
          .type('application/pdf')
          .send(await reviewPdf(doc));
      }
    });
  }

  /** Runs an export in the viewer's session, answering the service's refusals as HTTP statuses. */
  private async answer(req: Request, res: Response, send: (ctx: RequestContext) => Promise<void>): Promise<void> {
    const ctx = await this.contexts.open(sessionTokenOf(req), req);
    let ok = false;
    try {
      await send(ctx);
      ok = true;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const code = String(error.extensions.code);
      res
        .status(STATUS[code] ?? 500)
        .type('text/plain')
        .send(error.message);
    } finally {
      await ctx.finish(ok);
    }
  }
}
