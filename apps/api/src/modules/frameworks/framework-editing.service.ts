import { Injectable } from '@nestjs/common';
import { defaultFramework, type Framework as DomainFramework, validateFramework } from '@trellis/domain';
import { isDeepStrictEqual } from 'node:util';
import { badInput, conflict, forbidden } from '../../common/errors';
import { RequestContext } from '../../context/request-context';
import { AuditService } from '../directory/audit/audit.service';
import { FrameworkInput } from './dto/framework.input';
import { frameworkFromInput } from './framework-from-input';
import { lockFramework } from './framework.loader';
import { frameworkChanges, findRemovalProblems } from './framework-removals';
import { FrameworksRepository } from './frameworks.repository';
import { toFramework } from './frameworks.service';
import { UpdateFrameworkResult } from './models/framework.model';

/** Item-by-item editing of the framework (admins): the whole document, saved at once. */
@Injectable()
export class FrameworkEditingService {
  constructor(
    private readonly frameworks: FrameworksRepository,
    private readonly audit: AuditService,
  ) {}

  async update(ctx: RequestContext, version: number, input: FrameworkInput): Promise<UpdateFrameworkResult> {
    if (!(await ctx.policy()).canEditFramework()) throw forbidden('Only admins can edit the framework.');
    if (!Number.isInteger(version) || version < 0) throw badInput('version', 'The version must be 0 or more.');
    const { framework, issues } = frameworkFromInput(input);
    const problems = [...issues, ...validateFramework(framework)];
    if (problems.length > 0) return { framework: null, problems };

    const viewer = ctx.requireViewer();
    const stale = () => conflict('The framework was changed by someone else. Reload it and make your changes again.');
    await lockFramework(ctx, 'exclusive');
    const row = await this.frameworks.find(ctx.db, ctx.orgId);
    const current: { document: DomainFramework; version: number } = row ?? { document: defaultFramework(), version: 0 };
    if (current.version !== version) throw stale();
    // Nothing changed: no new version, no audit event.
    if (isDeepStrictEqual(current.document, framework))
      return { framework: toFramework(framework, version), problems: [] };

    const removals = await findRemovalProblems(this.frameworks, ctx.db, ctx.orgId, current.document, framework);
    if (removals.length > 0) return { framework: null, problems: removals };
    const saved = await this.frameworks.save(ctx.db, ctx.orgId, version, framework, viewer.userId);
    if (saved === null) throw stale();
    await this.audit.record(
      ctx,
      'framework_updated',
      { type: 'framework', id: ctx.orgId, label: framework.name },
      { version: saved, ...frameworkChanges(current.document, framework) },
    );
    return { framework: toFramework(framework, saved), problems: [] };
  }
}
