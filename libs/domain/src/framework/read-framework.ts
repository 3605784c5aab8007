import type { RawEntry, RawNode } from './raw-node';
import {
  BELOW_EXPECTATIONS_KEY,
  KEY_MAX_LENGTH,
  KEY_PATTERN,
  type Area,
  type BelowExpectationsRung,
  type Competency,
  type Framework,
  type Level,
  type Track,
} from './types';

/** The version of the file format this code reads and writes. */
export const FRAMEWORK_FORMAT_VERSION = 1;

/** Used when a file has no `below_expectations` block. */
export const DEFAULT_BELOW_EXPECTATIONS: BelowExpectationsRung = {
  key: BELOW_EXPECTATIONS_KEY,
  name: 'Below expectations',
  summary:
    'Does not yet consistently show what the first level of their track expects for this competency; ' +
    'needs support and a concrete plan to get there.',
};

export interface LocatedIssue {
  line: number;
  path: string;
  message: string;
}

const ROOT_KEYS = ['version', 'name', 'description', 'below_expectations', 'tracks', 'areas'];
const BELOW_KEYS = ['name', 'summary'];
const TRACK_KEYS = ['key', 'name', 'levels'];
const LEVEL_KEYS = ['key', 'name', 'summary', 'retired'];
const AREA_KEYS = ['key', 'name', 'description', 'retired', 'competencies'];
const COMPETENCY_KEYS = ['key', 'name', 'description', 'retired', 'expectations'];
const ORDER_WORDS = ['order', 'rank', 'position', 'index', 'seniority'];

type Fields = Map<string, RawEntry>;

/** Where a node sits: its path and the line to report a problem on. */
interface Place {
  path: string;
  line: number;
}

interface LevelCatalog {
  /** Every key written for a level, valid or not, so expectations are not reported twice. */
  known: Set<string>;
  /** Active levels with a valid key: every active competency states an expectation for each. */
  required: { key: string; name: string; track: string }[];
  /** Whether every track's levels could be read (if not, expectations are not checked against them). */
  readable: boolean;
}

function child(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describe(node: RawNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'invalid') return 'an unreadable value';
  const v = node.value;
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  if (v === null) return 'empty';
  return 'an unsupported value';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function didYouMean(word: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3))
    ? ` (did you mean "${best}"?)`
    : '';
}

function suggestKey(value: string): string {
  const slug = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, KEY_MAX_LENGTH);
  return slug && slug !== value ? `, e.g. "${slug}"` : '';
}

/** Collects every problem of a framework tree instead of stopping at the first one. */
class Reader {
  readonly issues: LocatedIssue[] = [];

  report(line: number, path: string, message: string): void {
    this.issues.push({ line, path, message });
  }

  /** A mapping's known entries; unknown keys are reported. Undefined when it is no mapping. */
  fields(node: RawNode, path: string, allowed: readonly string[], what: string): Fields | undefined {
    if (node.kind === 'invalid') return undefined;
    if (node.kind !== 'map') {
      this.report(node.line, path, `${what} must be a mapping with ${allowed.join(', ')}; found ${describe(node)}`);
      return undefined;
    }
    const fields: Fields = new Map();
    for (const entry of node.entries) {
      if (allowed.includes(entry.key)) {
        fields.set(entry.key, entry);
      } else if (what === 'a level' && ORDER_WORDS.includes(entry.key)) {
        this.report(
          entry.line,
          child(path, entry.key),
          `unknown key "${entry.key}": levels are ordered by their place in the list, the most junior first`,
        );
      } else {
        this.report(
          entry.line,
          child(path, entry.key),
          `unknown key "${entry.key}" in ${what} (allowed: ${allowed.join(', ')})${didYouMean(entry.key, allowed)}`,
        );
      }
    }
    return fields;
  }

  /** A text field, trimmed; blank optional text counts as absent. */
  text(fields: Fields, name: string, at: Place, what: string, required: boolean): string | undefined {
    const entry = fields.get(name);
    if (!entry) {
      if (required) this.report(at.line, at.path, `${what} has no "${name}"`);
      return undefined;
    }
    const path = child(at.path, name);
    const value = entry.value;
    if (value.kind === 'invalid') return undefined;
    if (value.kind === 'scalar' && (typeof value.value === 'string' || value.value === null)) {
      const text = (value.value ?? '').trim();
      if (text) return text;
      if (required) this.report(entry.line, path, `"${name}" of ${what} is empty`);
      return undefined;
    }
    const quote = value.kind === 'scalar' && value.value !== undefined ? ' (put it in quotes)' : '';
    this.report(entry.line, path, `"${name}" must be text, not ${describe(value)}${quote}`);
    return undefined;
  }

  /** A key field: `raw` is whatever text was written, `key` is set only when it is a valid slug. */
  key(fields: Fields, at: Place, what: string): { raw?: string; key?: string; line: number } {
    const entry = fields.get('key');
    const text = this.text(fields, 'key', at, what, true);
    const line = entry?.line ?? at.line;
    if (text === undefined) return { line };
    if (text.length > KEY_MAX_LENGTH || !KEY_PATTERN.test(text)) {
      this.report(
        line,
        child(at.path, 'key'),
        `"${text}" is not a valid key: use at most ${KEY_MAX_LENGTH} lowercase letters and digits, ` +
          `words joined by a single "_" or "-"${suggestKey(text)}`,
      );
      return { raw: text, line };
    }
    return { raw: text, key: text, line };
  }

  retired(fields: Fields, at: Place): boolean | undefined {
    const entry = fields.get('retired');
    if (!entry || entry.value.kind === 'invalid') return undefined;
    if (entry.value.kind === 'scalar' && typeof entry.value.value === 'boolean') return entry.value.value || undefined;
    this.report(entry.line, child(at.path, 'retired'), `"retired" must be true or false, not ${describe(entry.value)}`);
    return undefined;
  }

  /** A list field; reports a missing, non-list or empty list with the given explanation. */
  list(fields: Fields, name: string, at: Place, what: string, explain: string): RawNode[] | undefined {
    const entry = fields.get(name);
    if (!entry) {
      this.report(at.line, at.path, `${what} has no "${name}": ${explain}`);
      return undefined;
    }
    const value = entry.value;
    if (value.kind === 'invalid') return undefined;
    if (value.kind !== 'seq') {
      this.report(
        entry.line,
        child(at.path, name),
        `"${name}" must be a list (one "- " item each), not ${describe(value)}: ${explain}`,
      );
      return undefined;
    }
    if (value.items.length === 0) {
      this.report(entry.line, child(at.path, name), `"${name}" is empty: ${explain}`);
      return undefined;
    }
    return value.items;
  }

  /** Reports a key already taken; returns whether it was new. */
  claim(seen: Map<string, Place>, key: string, at: Place, what: string): boolean {
    const first = seen.get(key);
    if (first) {
      const where = first.line > 0 ? `on line ${first.line}` : `at ${first.path}`;
      this.report(at.line, at.path, `duplicate ${what} key "${key}": already used ${where}`);
      return false;
    }
    seen.set(key, at);
    return true;
  }
}

function readBelow(reader: Reader, fields: Fields): BelowExpectationsRung | undefined {
  const entry = fields.get('below_expectations');
  if (!entry) return DEFAULT_BELOW_EXPECTATIONS;
  const at = { path: 'below_expectations', line: entry.value.line || entry.line };
  const below = reader.fields(entry.value, at.path, BELOW_KEYS, '"below_expectations"');
  if (!below) return undefined;
  const name = reader.text(below, 'name', at, '"below_expectations"', true);
  const summary = reader.text(below, 'summary', at, '"below_expectations"', true);
  return name !== undefined && summary !== undefined ? { key: BELOW_EXPECTATIONS_KEY, name, summary } : undefined;
}

function readTracks(reader: Reader, fields: Fields, root: Place): { tracks: Track[]; catalog: LevelCatalog } {
  const catalog: LevelCatalog = { known: new Set(), required: [], readable: false };
  const tracks: Track[] = [];
  const items = reader.list(fields, 'tracks', root, 'the framework', 'it needs at least one track of levels');
  if (!items) return { tracks, catalog };
  catalog.readable = true;
  const unreadable = (): void => {
    catalog.readable = false;
  };
  const trackKeys = new Map<string, Place>();
  const levelKeys = new Map<string, Place>();
  items.forEach((node, t) => {
    const at = { path: `tracks[${t}]`, line: node.line };
    const f = reader.fields(node, at.path, TRACK_KEYS, 'a track');
    if (!f) return unreadable();
    const key = reader.key(f, at, 'a track');
    if (key.key !== undefined)
      reader.claim(trackKeys, key.key, { path: child(at.path, 'key'), line: key.line }, 'track');
    const name = reader.text(f, 'name', at, 'a track', true);
    const levelNodes = reader.list(
      f,
      'levels',
      at,
      'a track',
      'list its levels in order, from the most junior to the most senior',
    );
    if (!levelNodes) unreadable();
    const levels: Level[] = [];
    let active = 0;
    levelNodes?.forEach((levelNode, l) => {
      const levelAt = { path: `${at.path}.levels[${l}]`, line: levelNode.line };
      const lf = reader.fields(levelNode, levelAt.path, LEVEL_KEYS, 'a level');
      if (!lf) return unreadable();
      const levelKey = reader.key(lf, levelAt, 'a level');
      const keyAt = { path: child(levelAt.path, 'key'), line: levelKey.line };
      if (levelKey.raw !== undefined) catalog.known.add(levelKey.raw);
      else unreadable();
      let unique = false;
      if (levelKey.key === BELOW_EXPECTATIONS_KEY) {
        reader.report(
          keyAt.line,
          keyAt.path,
          `"${BELOW_EXPECTATIONS_KEY}" is not a level of a track: it is the rung below every track's first level, ` +
            'described once under "below_expectations" at the top of the file',
        );
      } else if (levelKey.key !== undefined) {
        unique = reader.claim(levelKeys, levelKey.key, keyAt, 'level');
      }
      const levelName = reader.text(lf, 'name', levelAt, 'a level', true);
      const summary = reader.text(lf, 'summary', levelAt, 'a level', true);
      const retired = reader.retired(lf, levelAt);
      if (!retired) active++;
      if (levelKey.key === undefined || levelName === undefined || summary === undefined) return;
      if (unique && !retired)
        catalog.required.push({ key: levelKey.key, name: levelName, track: name ?? key.raw ?? '' });
      levels.push(
        retired
          ? { key: levelKey.key, name: levelName, summary, retired }
          : { key: levelKey.key, name: levelName, summary },
      );
    });
    if (levelNodes && active === 0) {
      reader.report(
        at.line,
        child(at.path, 'levels'),
        'every level of this track is retired: keep at least one active',
      );
    }
    if (key.key !== undefined && name !== undefined) tracks.push({ key: key.key, name, levels });
  });
  return { tracks, catalog };
}

function readExpectations(
  reader: Reader,
  fields: Fields,
  at: Place,
  catalog: LevelCatalog,
  requireAll: boolean,
): Record<string, string> | undefined {
  const entry = fields.get('expectations');
  const levelList = catalog.required.map((l) => l.key).join(', ');
  if (!entry) {
    reader.report(at.line, at.path, `the competency has no "expectations": one sentence per level (${levelList})`);
    return undefined;
  }
  const path = child(at.path, 'expectations');
  const value = entry.value;
  if (value.kind === 'invalid') return undefined;
  if (value.kind !== 'map') {
    reader.report(entry.line, path, `"expectations" must map each level key to a sentence, not ${describe(value)}`);
    return undefined;
  }
  const expectations: Record<string, string> = {};
  const written = new Set<string>();
  for (const e of value.entries) {
    written.add(e.key);
    const ePath = child(path, e.key);
    if (e.key === BELOW_EXPECTATIONS_KEY) {
      reader.report(
        e.line,
        ePath,
        `competencies state no expectation for "${BELOW_EXPECTATIONS_KEY}": the rung is described once, ` +
          'under "below_expectations" at the top of the file',
      );
      continue;
    }
    if (catalog.readable && !catalog.known.has(e.key)) {
      reader.report(
        e.line,
        ePath,
        `expectation for an unknown level "${e.key}" (levels: ${[...catalog.known].join(', ')})${didYouMean(e.key, catalog.known)}`,
      );
      continue;
    }
    const v = e.value;
    if (v.kind === 'invalid') continue;
    const text = v.kind === 'scalar' && typeof v.value === 'string' ? v.value.trim() : undefined;
    if (text) {
      if (KEY_PATTERN.test(e.key)) expectations[e.key] = text;
    } else if (v.kind === 'scalar' && (v.value === null || typeof v.value === 'string')) {
      reader.report(e.line, ePath, `the expectation for level "${e.key}" is empty`);
    } else {
      reader.report(e.line, ePath, `the expectation for level "${e.key}" must be a sentence, not ${describe(v)}`);
    }
  }
  if (requireAll && catalog.readable) {
    for (const level of catalog.required) {
      if (!written.has(level.key)) {
        reader.report(
          entry.line,
          path,
          `no expectation for level "${level.key}" (${level.name}, ${level.track} track)`,
        );
      }
    }
  }
  return expectations;
}

function readAreas(reader: Reader, fields: Fields, root: Place, catalog: LevelCatalog): Area[] {
  const areas: Area[] = [];
  const items = reader.list(fields, 'areas', root, 'the framework', 'it needs at least one area of competencies');
  if (!items) return areas;
  const areaKeys = new Map<string, Place>();
  const competencyKeys = new Map<string, Place>();
  let activeAreas = 0;
  items.forEach((node, a) => {
    const at = { path: `areas[${a}]`, line: node.line };
    const f = reader.fields(node, at.path, AREA_KEYS, 'an area');
    if (!f) return;
    const key = reader.key(f, at, 'an area');
    if (key.key !== undefined) reader.claim(areaKeys, key.key, { path: child(at.path, 'key'), line: key.line }, 'area');
    const name = reader.text(f, 'name', at, 'an area', true);
    const description = reader.text(f, 'description', at, 'an area', true);
    const retired = reader.retired(f, at);
    if (!retired) activeAreas++;
    const competencyNodes = reader.list(f, 'competencies', at, 'an area', 'list the competencies of the area');
    const competencies: Competency[] = [];
    let activeCompetencies = 0;
    competencyNodes?.forEach((cNode, c) => {
      const cAt = { path: `${at.path}.competencies[${c}]`, line: cNode.line };
      const cf = reader.fields(cNode, cAt.path, COMPETENCY_KEYS, 'a competency');
      if (!cf) return;
      const cKey = reader.key(cf, cAt, 'a competency');
      if (cKey.key !== undefined) {
        reader.claim(competencyKeys, cKey.key, { path: child(cAt.path, 'key'), line: cKey.line }, 'competency');
      }
      const cName = reader.text(cf, 'name', cAt, 'a competency', true);
      const cDescription = reader.text(cf, 'description', cAt, 'a competency', true);
      const cRetired = reader.retired(cf, cAt);
      if (!cRetired) activeCompetencies++;
      const expectations = readExpectations(reader, cf, cAt, catalog, !retired && !cRetired);
      if (cKey.key === undefined || cName === undefined || cDescription === undefined || !expectations) return;
      const competency: Competency = { key: cKey.key, name: cName, description: cDescription, expectations };
      competencies.push(cRetired ? { ...competency, retired: true } : competency);
    });
    if (competencyNodes && !retired && activeCompetencies === 0) {
      reader.report(
        at.line,
        child(at.path, 'competencies'),
        'every competency of this active area is retired: keep one active or retire the area',
      );
    }
    if (key.key === undefined || name === undefined || description === undefined) return;
    const area: Area = { key: key.key, name, description, competencies };
    areas.push(retired ? { ...area, retired: true } : area);
  });
  if (activeAreas === 0 && items.length > 0) {
    reader.report(root.line, 'areas', 'every area is retired: keep at least one active');
  }
  return areas;
}

/**
 * Reads and checks a framework tree (from a YAML file or an object). Returns the framework only
 * when there is no problem at all, so nothing is ever half-read; otherwise every problem found.
 */
export function readFramework(root: RawNode): { framework?: Framework; issues: LocatedIssue[] } {
  const reader = new Reader();
  const at = { path: '', line: root.line };
  if (root.kind !== 'map') {
    if (root.kind !== 'invalid') {
      reader.report(
        root.line,
        '',
        `a framework must be a mapping with name, tracks and areas; found ${describe(root)}`,
      );
    }
    return { issues: reader.issues };
  }
  const fields = reader.fields(root, '', ROOT_KEYS, 'the framework') ?? new Map<string, RawEntry>();
  const version = fields.get('version');
  if (version && !(version.value.kind === 'scalar' && version.value.value === FRAMEWORK_FORMAT_VERSION)) {
    reader.report(
      version.line,
      'version',
      `unsupported format version (found ${describe(version.value)}): this version of Trellis reads version ${FRAMEWORK_FORMAT_VERSION}`,
    );
  }
  const name = reader.text(fields, 'name', at, 'the framework', true);
  const description = reader.text(fields, 'description', at, 'the framework', false);
  const belowExpectations = readBelow(reader, fields);
  const { tracks, catalog } = readTracks(reader, fields, at);
  const areas = readAreas(reader, fields, at, catalog);
  if (reader.issues.length > 0 || name === undefined || !belowExpectations) return { issues: reader.issues };
  const framework: Framework = { name, belowExpectations, tracks, areas };
  if (description !== undefined) framework.description = description;
  return { framework, issues: [] };
}
