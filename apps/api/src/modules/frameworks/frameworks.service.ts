import { Injectable } from '@nestjs/common';
import {
  BELOW_EXPECTATIONS_KEY,
  compareLevels,
  findLevel,
  type Framework as DomainFramework,
  frameworkToYaml,
  MAX_FRAMEWORK_YAML_LENGTH,
  parseFrameworkYaml,
} from '@trellis/domain';
import { badInput, conflict, forbidden } from '../../common/errors';
import { RequestContext } from '../../context/request-context';
import { AuditService } from '../directory/audit/audit.service';
import { currentFramework, CurrentFramework, lockFramework } from './framework.loader';
import { findRemovalProblems } from './framework-removals';
import { FrameworksRepository } from './frameworks.repository';
import { Framework, FrameworkLevel, ImportFrameworkResult, LevelComparison } from './models/framework.model';

function levelKeysInOrder(f: DomainFramework): string[] {
  return f.tracks.flatMap((t) => t.levels.map((l) => l.key));
}

export function toFramework(f: DomainFramework, version: number): Framework {
  const order = levelKeysInOrder(f);
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return {
    name: f.name,
    description: f.description ?? null,
    version,
    belowExpectations: { name: f.belowExpectations.name, summary: f.belowExpectations.summary },
    tracks: f.tracks.map((t) => ({
      key: t.key,
      name: t.name,
      levels: t.levels.map((l) => ({
        key: l.key,
        name: l.name,
        summary: l.summary,
        retired: l.retired === true,
        trackKey: t.key,
      })),
    })),
    areas: f.areas.map((a) => ({
      key: a.key,
      name: a.name,
      description: a.description,
      retired: a.retired === true,
      competencies: a.competencies.map((c) => ({
        key: c.key,
        name: c.name,
        description: c.description,
        retired: c.retired === true,
        expectations: Object.keys(c.expectations)
          .sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0))
          .map((levelKey) => ({ levelKey, text: c.expectations[levelKey] })),
      })),
    })),
  };
}

@Injectable()
export class FrameworksService {
  constructor(
    private readonly frameworks: FrameworksRepository,
    private readonly audit: AuditService,
  ) {}

  private load(ctx: RequestContext): Promise<CurrentFramework> {
    return currentFramework(ctx);
  }

  async current(ctx: RequestContext): Promise<Framework> {
    const { document, version } = await this.load(ctx);
    return toFramework(document, version);
  }

  async compare(ctx: RequestContext, from: string, to: string): Promise<LevelComparison> {
    const { document } = await this.load(ctx);
    const level = (field: 'from' | 'to', key: string): FrameworkLevel => {
      const found = key === BELOW_EXPECTATIONS_KEY ? undefined : findLevel(document, key);
      if (!found) throw badInput(field, `The framework has no level "${key}".`);
      const { track, level: l } = found;
      return { key: l.key, name: l.name, summary: l.summary, retired: l.retired === true, trackKey: track.key };
    };
    const fromLevel = level('from', from);
    const toLevel = level('to', to);
    const comparison = compareLevels(document, from, to);
    return {
      from: fromLevel,
      to: toLevel,
      changedCount: comparison.changedCount,
      rows: comparison.areas.flatMap((area) =>
        area.competencies.map((c) => ({
          areaKey: area.key,
          areaName: area.name,
          competencyKey: c.key,
          competencyName: c.name,
          fromText: c.from,
          toText: c.to,
          changed: c.changed,
        })),
      ),
    };
  }

  async exportYaml(ctx: RequestContext): Promise<string> {
    if (!(await ctx.policy()).canEditFramework()) throw forbidden('Only admins can export the framework.');
    return frameworkToYaml((await this.load(ctx)).document);
  }

  async importYaml(ctx: RequestContext, yaml: string, version: number): Promise<ImportFrameworkResult> {
    if (!(await ctx.policy()).canEditFramework()) throw forbidden('Only admins can import a framework.');
    if (!Number.isInteger(version) || version < 0) throw badInput('version', 'The version must be 0 or more.');
    if (yaml.length > MAX_FRAMEWORK_YAML_LENGTH) {
      throw badInput(
        'yaml',
        `The file is too large: a framework file holds at most ${MAX_FRAMEWORK_YAML_LENGTH} characters.`,
      );
    }
    const parsed = parseFrameworkYaml(yaml);
    if (!parsed.ok) return { framework: null, problems: parsed.errors };
    const viewer = ctx.requireViewer();
    const stale = () => conflict('The framework was changed by someone else. Reload it and import your file again.');
    await lockFramework(ctx, 'exclusive');
    const current = await this.load(ctx);
    if (current.version !== version) throw stale();
    // Keys the file leaves out while records still use them: refused like any other problem.
    const removals = await findRemovalProblems(this.frameworks, ctx.db, ctx.orgId, current.document, parsed.framework);
    if (removals.length > 0) return { framework: null, problems: removals.map((p) => ({ line: 0, ...p })) };
    const saved = await this.frameworks.save(ctx.db, ctx.orgId, version, parsed.framework, viewer.userId);
    if (saved === null) throw stale();
    await this.audit.record(
      ctx,
      'framework_imported',
      { type: 'framework', id: ctx.orgId, label: parsed.framework.name },
      {
        version: saved,
        tracks: parsed.framework.tracks.length,
        areas: parsed.framework.areas.length,
        competencies: parsed.framework.areas.reduce((n, a) => n + a.competencies.length, 0),
      },
    );
    return { framework: toFramework(parsed.framework, saved), problems: [] };
  }
}
