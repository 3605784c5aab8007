import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { RawEntry, RawNode } from './raw-node';
import { FRAMEWORK_FORMAT_VERSION, readFramework, type LocatedIssue } from './read-framework';
import type { Framework, FrameworkYamlError, ParseFrameworkResult } from './types';

/** Larger files are refused unread: a real framework is a few dozen kilobytes. */
export const MAX_FRAMEWORK_YAML_LENGTH = 1_000_000;

const HEADER = [
  ` Trellis career framework, format version ${FRAMEWORK_FORMAT_VERSION}.`,
  ' Keys are stable identifiers that people and ratings point to; names and sentences can change.',
  ' Levels are listed from the most junior to the most senior; every competency states one',
  ' expectation per level. Retire an area, competency or level (retired: true) instead of deleting it.',
].join('\n');

function fail(errors: LocatedIssue[]): ParseFrameworkResult {
  // Stable sort: by line, and in the order found on one line.
  const sorted: FrameworkYamlError[] = errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.line - b.e.line || a.i - b.i)
    .map(({ e }) => ({ line: Math.max(1, e.line), path: e.path, message: e.message }));
  return { ok: false, errors: sorted };
}

function yamlMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS')
    return 'the file holds more than one YAML document (a second "---"): a framework is one document';
  if (code === 'TAG_RESOLVE_FAILED')
    return `YAML tags are not supported (${message}): remove the tag or quote the text`;
  if (code === 'DUPLICATE_KEY') return 'YAML syntax error: the same key appears twice in one mapping';
  return `YAML syntax error: ${message}`;
}

/** Turns the YAML node tree into a raw tree with lines, reporting what a framework can never hold. */
function rawTree(doc: Document, lineCounter: LineCounter, issues: LocatedIssue[]) {
  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : 0;
  };
  const convert = (node: unknown, fallbackLine: number, path: string): RawNode => {
    const line = lineOf(node) || fallbackLine;
    if (node === null || node === undefined) return { kind: 'scalar', line, value: null };
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (isScalar(target)) return convert(target, line, path);
      issues.push({
        line,
        path,
        message: target
          ? `the alias *${node.source} repeats a list or mapping: write it out instead (only text may be repeated with aliases)`
          : `the alias *${node.source} refers to no anchor`,
      });
      return { kind: 'invalid', line };
    }
    if (isMap(node)) {
      const entries: RawEntry[] = [];
      for (const pair of node.items) {
        const keyLine = lineOf(pair.key) || line;
        if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') {
          issues.push({ line: keyLine, path, message: 'a key must be plain text before the ":"' });
          continue;
        }
        const key = typeof pair.key.value === 'string' ? pair.key.value : (pair.key.source ?? String(pair.key.value));
        entries.push({ key, line: keyLine, value: convert(pair.value, keyLine, path ? `${path}.${key}` : key) });
      }
      return { kind: 'map', line, entries };
    }
    if (isSeq(node))
      return { kind: 'seq', line, items: node.items.map((item, i) => convert(item, line, `${path}[${i}]`)) };
    if (isScalar(node)) {
      const v = node.value;
      const plain = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
      return { kind: 'scalar', line, value: plain ? v : undefined };
    }
    return { kind: 'scalar', line, value: undefined };
  };
  return convert(doc.contents, 1, '');
}

/**
 * Reads a framework from YAML (the format of `FORMAT.md`). Never throws: on any problem it
 * returns every problem found, each with its 1-based line, its path and a reason, and no
 * framework at all (nothing is half-read).
 */
export function parseFrameworkYaml(text: string): ParseFrameworkResult {
  try {
    if (typeof text !== 'string') return fail([{ line: 1, path: '', message: 'expected the text of a YAML file' }]);
    if (text.length > MAX_FRAMEWORK_YAML_LENGTH) {
      return fail([{ line: 1, path: '', message: `the file is larger than ${MAX_FRAMEWORK_YAML_LENGTH} characters` }]);
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const yamlProblems: LocatedIssue[] = [];
    for (const e of [...doc.errors, ...doc.warnings]) {
      const line = lineCounter.linePos(e.pos[0]).line;
      // One error leads the parser into others on the same line: the first says what is wrong.
      if (yamlProblems.some((p) => p.line === line)) continue;
      yamlProblems.push({ line, path: '', message: yamlMessage(e.code, e.message) });
    }
    if (yamlProblems.length > 0) return fail(yamlProblems);
    if (doc.contents === null) {
      return fail([
        { line: 1, path: '', message: 'the file is empty: expected a framework with name, tracks and areas' },
      ]);
    }
    const issues: LocatedIssue[] = [];
    const { framework, issues: frameworkIssues } = readFramework(rawTree(doc, lineCounter, issues));
    if (issues.length > 0 || frameworkIssues.length > 0 || !framework) return fail([...issues, ...frameworkIssues]);
    return { ok: true, framework };
  } catch (error) {
    // A safety net: bad input must come back as an error, never as an exception.
    const reason = error instanceof Error ? error.message : String(error);
    return fail([{ line: 1, path: '', message: `the file could not be read: ${reason}` }]);
  }
}

function levelOrder(framework: Framework): (a: string, b: string) => number {
  const rank = new Map(framework.tracks.flatMap((t) => t.levels.map((l) => l.key)).map((key, i) => [key, i]));
  return (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The plain data a framework file holds (snake_case keys, fixed key order, no `retired: false`). */
export function frameworkToFileData(framework: Framework) {
  const retired = (flag: boolean | undefined) => (flag ? { retired: true } : {});
  const byLevel = levelOrder(framework);
  return {
    version: FRAMEWORK_FORMAT_VERSION,
    name: framework.name,
    ...(framework.description !== undefined ? { description: framework.description } : {}),
    below_expectations: { name: framework.belowExpectations.name, summary: framework.belowExpectations.summary },
    tracks: framework.tracks.map((track) => ({
      key: track.key,
      name: track.name,
      levels: track.levels.map((level) => ({
        key: level.key,
        name: level.name,
        ...retired(level.retired),
        summary: level.summary,
      })),
    })),
    areas: framework.areas.map((area) => ({
      key: area.key,
      name: area.name,
      ...retired(area.retired),
      description: area.description,
      competencies: area.competencies.map((competency) => ({
        key: competency.key,
        name: competency.name,
        ...retired(competency.retired),
        description: competency.description,
        expectations: Object.fromEntries(
          Object.keys(competency.expectations)
            .sort(byLevel)
            .map((key) => [key, competency.expectations[key]]),
        ),
      })),
    })),
  };
}

/**
 * Writes a framework as YAML in the format of `FORMAT.md`. The output is deterministic (keys in a
 * fixed order, expectations in level order) and `parseFrameworkYaml` reads it back to an equal
 * framework, provided the framework is valid (`validateFramework`) and its texts are trimmed, as
 * parsed ones are.
 */
export function frameworkToYaml(framework: Framework): string {
  const data = frameworkToFileData(framework);
  const doc = new Document(data);
  doc.commentBefore = HEADER;
  // A blank line between top-level sections, areas and competencies, for people editing the file.
  const spaceOut = (seq: unknown) => {
    if (isSeq(seq)) seq.items.forEach((item, i) => isMap(item) && (item.spaceBefore = i > 0));
  };
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && ['below_expectations', 'tracks', 'areas'].includes(String(pair.key.value)))
        pair.key.spaceBefore = true;
    }
    const areas = doc.contents.get('areas', true);
    spaceOut(areas);
    if (isSeq(areas)) for (const area of areas.items) if (isMap(area)) spaceOut(area.get('competencies', true));
  }
  // One line per sentence (no folding), so that a change shows as one line in a diff.
  return doc.toString({ lineWidth: 0 });
}
