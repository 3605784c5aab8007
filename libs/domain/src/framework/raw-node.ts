/**
 * A source-neutral tree of what a framework file or object contains, each node with the line it
 * came from (0 when it came from an object), so that one reader checks YAML files and objects alike.
 */
export type RawNode = RawMap | RawSeq | RawScalar | RawInvalid;

export interface RawMap {
  kind: 'map';
  line: number;
  entries: RawEntry[];
}

export interface RawEntry {
  key: string;
  /** The line of the key itself. */
  line: number;
  value: RawNode;
}

export interface RawSeq {
  kind: 'seq';
  line: number;
  items: RawNode[];
}

export interface RawScalar {
  kind: 'scalar';
  line: number;
  /** `undefined` stands for a value no file could hold (a function, a symbol...). */
  value: string | number | boolean | null | undefined;
}

/** A node already reported as broken while it was read: the reader says nothing more about it. */
export interface RawInvalid {
  kind: 'invalid';
  line: number;
}

/** The tree of a plain JavaScript value (from an object, not a file): every line is 0. */
export function rawFromValue(value: unknown): RawNode {
  if (Array.isArray(value)) return { kind: 'seq', line: 0, items: value.map(rawFromValue) };
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => ({ key, line: 0, value: rawFromValue(v) }));
    return { kind: 'map', line: 0, entries };
  }
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { kind: 'scalar', line: 0, value };
  }
  return { kind: 'scalar', line: 0, value: undefined };
}
