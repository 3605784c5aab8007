import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { TenantTransaction } from '../../../database/tenant-transaction';
import { CalendarFeedService } from './calendar-feed.service';

/**
 * GET /calendar/<secret>.ics: what calendar apps subscribe to. No cookie: the secret is the
 * credential, so every unknown or revoked secret gets the same 404.
 */
@Controller('calendar')
export class CalendarFeedController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    const tx = await TenantTransaction.open(this.dataSource, 'trellis_auth', null);
    let body: string | null;
    try {
      body = await this.feeds.feedFor(tx.manager, token, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
      await tx.commit();
    } catch (error) {
      await tx.rollback();
      throw error;
    }
    res.setHeader('Cache-Control', 'private, no-cache');
    if (body === null) {
      res.status(404).type('text/plain').send('No calendar feed here: make a new URL in Trellis.');
      return;
    }
    res.status(200).type('text/calendar; charset=utf-8').send(body);
  }
}
