import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

@Controller('health')
export class HealthController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** 200 when the API and its database answer; 503 otherwise. */
  @Get()
  async check(@Res() res: Response): Promise<void> {
    const started = Date.now();
    try {
      await this.dataSource.query('SELECT 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: { status: 'up', latencyMs: Date.now() - started } });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: { status: 'down' } });
    }
  }
}
