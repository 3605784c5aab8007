import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { frameworkToYaml, MAX_FRAMEWORK_YAML_LENGTH, parseFrameworkYaml } from './framework-yaml';
import { arbitraryFramework } from './testing/arbitrary-framework';
import type { Framework, FrameworkYamlError, ParseFrameworkResult } from './types';
import { validateFramework } from './validate-framework';

const BASE = `version: 1
name: Small ladder
below_expectations:
  name: Below expectations
  summary: Not there yet.
tracks:
  - key: ic
    name: Individual contributor
    levels:
      - key: engineer
        name: Engineer
        summary: Own work.
      - key: senior
        name: Senior Engineer
        summary: The team.
  - key: management
    name: Management
    levels:
      - key: lead
        name: Tech Lead
        summary: Leads a team.
areas:
  - key: craft
    name: Craft
    description: Code.
    competencies:
      - key: reading
        name: Reading the source
        description: Reads source.
        expectations:
          engineer: Reads a library.
          senior: Reads the team's dependencies.
          lead: Makes sure someone knows each dependency.
      - key: building
        name: Building to understand
        description: Builds to learn.
        expectations:
          engineer: Builds prototypes.
          senior: Reimplements a tool.
          lead: Plans spikes.
`;

const BASE_FRAMEWORK: Framework = {
  name: 'Small ladder',
  belowExpectations: { key: 'below_expectations', name: 'Below expectations', summary: 'Not there yet.' },
  tracks: [
    {
      key: 'ic',
      name: 'Individual contributor',
      levels: [
        { key: 'engineer', name: 'Engineer', summary: 'Own work.' },
        { key: 'senior', name: 'Senior Engineer', summary: 'The team.' },
      ],
    },
    { key: 'management', name: 'Management', levels: [{ key: 'lead', name: 'Tech Lead', summary: 'Leads a team.' }] },
  ],
  areas: [
    {
      key: 'craft',
      name: 'Craft',
      description: 'Code.',
      competencies: [
        {
          key: 'reading',
          name: 'Reading the source',
          description: 'Reads source.',
          expectations: {
            engineer: 'Reads a library.',
            senior: "Reads the team's dependencies.",
            lead: 'Makes sure someone knows each dependency.',
          },
        },
        {
          key: 'building',
          name: 'Building to understand',
          description: 'Builds to learn.',
          expectations: { engineer: 'Builds prototypes.', senior: 'Reimplements a tool.', lead: 'Plans spikes.' },
        },
      ],
    },
  ],
};

/** The 1-based line of the `nth` line of `text` that equals `line` exactly. */
function lineOf(text: string, line: string, nth = 1): number {
  let seen = 0;
  const index = text.split('\n').findIndex((l) => l === line && ++seen === nth);
  if (index < 0) throw new Error(`no line ${JSON.stringify(line)} in the fixture`);
  return index + 1;
}

/** BASE with one exact line replaced (by several lines, or none). */
function edit(line: string, ...replacement: string[]): string {
  const lines = BASE.split('\n');
  const index = lines.indexOf(line);
  if (index < 0) throw new Error(`no line ${JSON.stringify(line)} in the fixture`);
  lines.splice(index, 1, ...replacement);
  return lines.join('\n');
}

function errorsOf(text: string): FrameworkYamlError[] {
  const result = parseFrameworkYaml(text);
  if (result.ok) throw new Error('expected the file to be refused');
  // Nothing half-read: a refused file gives no framework at all.
  expect(result).not.toHaveProperty('framework');
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

const error = (line: number, path: string, message: RegExp) => ({
  line,
  path,
  message: expect.stringMatching(message),
});

describe('parseFrameworkYaml on a good file', () => {
  it('reads every part of the format', () => {
    expect(parseFrameworkYaml(BASE)).toEqual({ ok: true, framework: BASE_FRAMEWORK });
  });

  it('reads Windows line endings and a byte-order mark, with the same lines in errors', () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    expect(parseFrameworkYaml(crlf(BASE))).toEqual({ ok: true, framework: BASE_FRAMEWORK });
    expect(errorsOf(crlf(edit('        name: Senior Engineer', '        name: 7')))).toEqual([
      error(lineOf(BASE, '        name: Senior Engineer'), 'tracks[0].levels[1].name', /must be text/),
    ]);
  });

  it('reads the example of FORMAT.md', () => {
    const doc = readFileSync(join(__dirname, 'FORMAT.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const result = parseFrameworkYaml(example);
    expect(result.ok && result.framework.areas[0].competencies.map((c) => [c.key, c.retired])).toEqual([
      ['reading_the_source', undefined],
      ['old_practice', true],
    ]);
  });

  it('defaults the below-expectations rung, trims text and accepts block scalars and text aliases', () => {
    const text = edit('  summary: Not there yet.')
      .replace('below_expectations:\n  name: Below expectations\n', '')
      .replace('summary: Own work.', 'summary: >\n          Own\n          work.\n')
      .replace('name: Craft', 'name: &craft "  Craft  "')
      .replace('name: Building to understand', 'name: *craft');
    const result = parseFrameworkYaml(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.framework.belowExpectations.name).toBe('Below expectations');
    expect(result.framework.tracks[0].levels[0].summary).toBe('Own work.');
    expect(result.framework.areas[0].name).toBe('Craft');
    expect(result.framework.areas[0].competencies[1].name).toBe('Craft');
  });

  it('lets retired levels and competencies lack expectations, and drops retired: false', () => {
    const text = BASE.replace('        summary: The team.', '        summary: The team.\n        retired: true')
      .replace("          senior: Reads the team's dependencies.\n", '')
      .replace('        description: Builds to learn.', '        description: Builds to learn.\n        retired: true')
      .replace('          lead: Plans spikes.\n', '')
      .replace('    description: Code.', '    description: Code.\n    retired: false');
    const result = parseFrameworkYaml(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.framework.tracks[0].levels[1]).toEqual({
      key: 'senior',
      name: 'Senior Engineer',
      summary: 'The team.',
      retired: true,
    });
    expect(result.framework.areas[0].competencies[1].retired).toBe(true);
    expect(result.framework.areas[0].competencies[1].expectations).toEqual({
      engineer: 'Builds prototypes.',
      senior: 'Reimplements a tool.',
    });
    expect(result.framework.areas[0]).not.toHaveProperty('retired');
  });
});

describe('parseFrameworkYaml on a bad file: the line and the reason of every problem', () => {
  it('reports YAML syntax errors with their line, once per line', () => {
    expect(errorsOf(edit('        name: Engineer', '       name: Engineer'))).toEqual([
      error(lineOf(BASE, '        name: Engineer'), '', /^YAML syntax error: /),
    ]);
    expect(errorsOf(edit('  - key: craft', '\t- key: craft'))[0]).toEqual(
      error(lineOf(BASE, '  - key: craft'), '', /Tabs are not allowed as indentation/),
    );
    expect(errorsOf(edit('name: Small ladder', 'name: Small ladder', 'name: Other'))).toEqual([
      error(3, '', /the same key appears twice/),
    ]);
    expect(errorsOf(`${BASE}---\nname: Second\n`)).toEqual([
      error(BASE.split('\n').length, '', /more than one YAML document/),
    ]);
    expect(errorsOf(edit('        summary: Own work.', '        summary: !shout Own work.'))).toEqual([
      error(lineOf(BASE, '        summary: Own work.'), '', /YAML tags are not supported/),
    ]);
  });

  it('refuses a file that is empty, a list or a sentence', () => {
    expect(errorsOf('')).toEqual([error(1, '', /the file is empty/)]);
    expect(errorsOf('# only a comment\n')).toEqual([error(1, '', /the file is empty/)]);
    expect(errorsOf('- a\n- b\n')).toEqual([
      error(1, '', /must be a mapping with name, tracks and areas; found a list/),
    ]);
    expect(errorsOf('just a sentence')).toEqual([error(1, '', /found text/)]);
  });

  it('reports an unknown key, suggesting the likely one', () => {
    expect(errorsOf(edit('    competencies:', '    competences:'))).toEqual([
      error(lineOf(BASE, '  - key: craft'), 'areas[0]', /an area has no "competencies"/),
      error(
        lineOf(BASE, '    competencies:'),
        'areas[0].competences',
        /unknown key "competences" in an area .*did you mean "competencies"/,
      ),
    ]);
    expect(errorsOf(edit('name: Small ladder', 'name: Small ladder', 'colour: green'))).toEqual([
      error(3, 'colour', /unknown key "colour" in the framework \(allowed: version, name, description/),
    ]);
  });

  it('reports a missing, empty or non-text name or summary', () => {
    const levelLine = lineOf(BASE, '      - key: senior');
    expect(errorsOf(edit('        name: Senior Engineer'))).toEqual([
      error(levelLine, 'tracks[0].levels[1]', /a level has no "name"/),
    ]);
    expect(errorsOf(edit('        name: Senior Engineer', '        name:'))).toEqual([
      error(levelLine + 1, 'tracks[0].levels[1].name', /"name" of a level is empty/),
    ]);
    expect(errorsOf(edit('        name: Senior Engineer', '        name: 2024'))).toEqual([
      error(levelLine + 1, 'tracks[0].levels[1].name', /"name" must be text, not the number 2024 \(put it in quotes\)/),
    ]);
    expect(errorsOf(edit('name: Small ladder'))).toEqual([error(1, '', /the framework has no "name"/)]);
    expect(errorsOf(edit('        summary: The team.'))).toEqual([
      error(levelLine, 'tracks[0].levels[1]', /a level has no "summary"/),
    ]);
  });

  it('reports duplicate keys with the line of the first use', () => {
    expect(errorsOf(edit('      - key: building', '      - key: reading'))).toEqual([
      error(
        lineOf(BASE, '      - key: building'),
        'areas[0].competencies[1].key',
        new RegExp(`duplicate competency key "reading": already used on line ${lineOf(BASE, '      - key: reading')}`),
      ),
    ]);
    expect(errorsOf(edit('  - key: management', '  - key: ic'))).toEqual([
      error(lineOf(BASE, '  - key: management'), 'tracks[1].key', /duplicate track key "ic": already used on line 7/),
    ]);
  });

  it('refuses a level key used twice, even on two tracks', () => {
    expect(errorsOf(edit('      - key: lead', '      - key: engineer'))).toContainEqual(
      error(
        lineOf(BASE, '      - key: lead'),
        'tracks[1].levels[0].key',
        /duplicate level key "engineer": already used on line 10/,
      ),
    );
  });

  it('reports a bad key with a suggestion', () => {
    expect(errorsOf(edit('  - key: craft', '  - key: Craft & Code'))).toEqual([
      error(
        lineOf(BASE, '  - key: craft'),
        'areas[0].key',
        /"Craft & Code" is not a valid key: .*lowercase.*e\.g\. "craft_code"/,
      ),
    ]);
    expect(errorsOf(edit('  - key: craft', '  - key: 42'))).toEqual([
      error(lineOf(BASE, '  - key: craft'), 'areas[0].key', /"key" must be text, not the number 42/),
    ]);
  });

  it('reports an expectation for an unknown level', () => {
    const text = edit(
      '          lead: Plans spikes.',
      '          lead: Plans spikes.',
      '          staff: Does staff things.',
    );
    expect(errorsOf(text)).toEqual([
      error(
        lineOf(BASE, '          lead: Plans spikes.') + 1,
        'areas[0].competencies[1].expectations.staff',
        /expectation for an unknown level "staff" \(levels: engineer, senior, lead\)/,
      ),
    ]);
    expect(errorsOf(edit('          lead: Plans spikes.', '          led: Plans spikes.'))).toContainEqual(
      error(
        lineOf(BASE, '          lead: Plans spikes.'),
        'areas[0].competencies[1].expectations.led',
        /did you mean "lead"/,
      ),
    );
  });

  it('reports a competency missing an expectation for a level, or with an empty one', () => {
    expect(errorsOf(edit('          lead: Plans spikes.'))).toEqual([
      error(
        lineOf(BASE, '        expectations:', 2),
        'areas[0].competencies[1].expectations',
        /no expectation for level "lead" \(Tech Lead, Management track\)/,
      ),
    ]);
    expect(errorsOf(edit('          lead: Plans spikes.', '          lead: "  "'))).toEqual([
      error(
        lineOf(BASE, '          lead: Plans spikes.'),
        'areas[0].competencies[1].expectations.lead',
        /the expectation for level "lead" is empty/,
      ),
    ]);
    const withoutExpectations = BASE.replace(
      "        expectations:\n          engineer: Reads a library.\n          senior: Reads the team's dependencies.\n          lead: Makes sure someone knows each dependency.\n",
      '',
    );
    expect(errorsOf(withoutExpectations)).toEqual([
      error(
        lineOf(BASE, '      - key: reading'),
        'areas[0].competencies[0]',
        /has no "expectations": one sentence per level \(engineer, senior, lead\)/,
      ),
    ]);
  });

  it('reports level-order problems: levels not a list, an order field, no level, every level retired', () => {
    const levels = lineOf(BASE, '    levels:', 2);
    expect(
      errorsOf(
        edit('      - key: lead', '      lead:').replace(
          '        name: Tech Lead\n        summary: Leads a team.\n',
          '',
        ),
      ),
    ).toEqual([
      error(levels, 'tracks[1].levels', /"levels" must be a list .*in order, from the most junior to the most senior/),
    ]);
    expect(errorsOf(edit('        name: Tech Lead', '        name: Tech Lead', '        order: 1'))).toEqual([
      error(
        lineOf(BASE, '        name: Tech Lead') + 1,
        'tracks[1].levels[0].order',
        /levels are ordered by their place in the list/,
      ),
    ]);
    const noLevels = BASE.replace(
      '    levels:\n      - key: lead\n        name: Tech Lead\n        summary: Leads a team.\n',
      '    levels: []\n',
    );
    expect(errorsOf(noLevels.replace(/\n {10}lead: .*/g, ''))).toEqual([
      error(levels, 'tracks[1].levels', /"levels" is empty/),
    ]);
    expect(
      errorsOf(edit('        summary: Leads a team.', '        summary: Leads a team.', '        retired: true')),
    ).toEqual([error(lineOf(BASE, '  - key: management'), 'tracks[1].levels', /every level of this track is retired/)]);
  });

  it('keeps below_expectations out of tracks and of expectations', () => {
    expect(
      errorsOf(edit('      - key: lead', '      - key: below_expectations').replace(/\n {10}lead: .*/g, '')),
    ).toContainEqual(
      error(
        lineOf(BASE, '      - key: lead'),
        'tracks[1].levels[0].key',
        /"below_expectations" is not a level of a track/,
      ),
    );
    const text = edit(
      '          lead: Plans spikes.',
      '          lead: Plans spikes.',
      '          below_expectations: Does nothing.',
    );
    expect(errorsOf(text)).toEqual([
      error(
        lineOf(BASE, '          lead: Plans spikes.') + 1,
        'areas[0].competencies[1].expectations.below_expectations',
        /described once/,
      ),
    ]);
    expect(errorsOf(edit('  summary: Not there yet.'))).toEqual([
      error(4, 'below_expectations', /"below_expectations" has no "summary"/),
    ]);
  });

  it('reports a bad retired flag, an unsupported version, missing sections and aliases of lists', () => {
    expect(errorsOf(edit('    description: Code.', '    description: Code.', '    retired: yes'))).toEqual([
      error(
        lineOf(BASE, '    description: Code.') + 1,
        'areas[0].retired',
        /"retired" must be true or false, not text/,
      ),
    ]);
    expect(errorsOf(edit('version: 1', 'version: 2'))).toEqual([
      error(1, 'version', /unsupported format version.*reads version 1/),
    ]);
    expect(errorsOf(BASE.slice(0, BASE.indexOf('tracks:')))).toEqual([
      error(1, '', /the framework has no "tracks"/),
      error(1, '', /the framework has no "areas"/),
    ]);
    expect(errorsOf(BASE.replace('tracks:', 'tracks: &t').replace('areas:', 'extra: *t\nareas:'))).toEqual(
      expect.arrayContaining([error(lineOf(BASE, 'areas:'), 'extra', /the alias \*t repeats a list or mapping/)]),
    );
  });

  it('reports every problem of a file at once, sorted by line', () => {
    const text = BASE.replace('  - key: craft', '  - key: Craft')
      .replace('          lead: Plans spikes.', '')
      .replace('        name: Senior Engineer', '        name: 7');
    const errors = errorsOf(text);
    expect(errors.map((e) => e.path)).toEqual([
      'tracks[0].levels[1].name',
      'areas[0].key',
      'areas[0].competencies[1].expectations',
    ]);
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((a, b) => a - b));
  });

  it('refuses what is not text, or too long, without throwing', () => {
    expect(errorsOf(undefined as unknown as string)).toEqual([error(1, '', /expected the text of a YAML file/)]);
    expect(errorsOf(`# ${'x'.repeat(MAX_FRAMEWORK_YAML_LENGTH)}`)).toEqual([error(1, '', /larger than/)]);
  });
});

describe('frameworkToYaml', () => {
  it('writes the documented format, which reads back to the same framework', () => {
    const yaml = frameworkToYaml(BASE_FRAMEWORK);
    expect(yaml).toMatch(/^# Trellis career framework, format version 1\./);
    expect(yaml).toContain('version: 1\nname: Small ladder\n');
    expect(yaml).toContain('        expectations:\n          engineer: Reads a library.\n');
    expect(parseFrameworkYaml(yaml)).toEqual({ ok: true, framework: BASE_FRAMEWORK });
  });

  it('writes expectations in level order whatever the order of the object', () => {
    const shuffled = structuredClone(BASE_FRAMEWORK);
    shuffled.areas[0].competencies[0].expectations = { lead: 'L.', engineer: 'E.', senior: 'S.' };
    expect(frameworkToYaml(shuffled)).toContain('engineer: E.\n          senior: S.\n          lead: L.\n');
  });

  it('quotes text that YAML would read as something else', () => {
    const tricky = structuredClone(BASE_FRAMEWORK);
    tricky.name = 'true';
    tricky.tracks[0].levels[0].name = '2024';
    tricky.areas[0].description = 'a: b # not a comment';
    expect(parseFrameworkYaml(frameworkToYaml(tricky))).toEqual({ ok: true, framework: tricky });
  });
});

describe('YAML properties', () => {
  const roundTrip = (f: Framework): ParseFrameworkResult => parseFrameworkYaml(frameworkToYaml(f));

  it('generated frameworks are valid (so the properties below test something)', () => {
    fc.assert(
      fc.property(arbitraryFramework, (f) => expect(validateFramework(f)).toEqual([])),
      { numRuns: 100 },
    );
  });

  it('parse(toYaml(f)) equals f, and export is deterministic', () => {
    fc.assert(
      fc.property(arbitraryFramework, (f) => {
        const yaml = frameworkToYaml(f);
        const result = roundTrip(f);
        expect(result).toEqual({ ok: true, framework: f });
        expect(frameworkToYaml(structuredClone(f))).toBe(yaml);
        if (result.ok) expect(frameworkToYaml(result.framework)).toBe(yaml);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and always gives a framework or errors on lines of the file, for any text', () => {
    const check = (text: string) => {
      const result = parseFrameworkYaml(text);
      if (result.ok) return;
      expect(result.errors.length).toBeGreaterThan(0);
      const lines = text.split('\n').length;
      for (const e of result.errors) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.line).toBeLessThanOrEqual(lines);
        expect(e.message.length).toBeGreaterThan(0);
      }
    };
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 200 });
    // Damaged real files: a line dropped, doubled or mangled.
    const damaged = fc
      .tuple(
        arbitraryFramework,
        fc.nat(),
        fc.constantFrom('drop', 'double', 'indent', 'truncate', 'garbage'),
        fc.string({ maxLength: 8 }),
      )
      .map(([f, at, how, junk]) => {
        const lines = frameworkToYaml(f).split('\n');
        const i = at % lines.length;
        if (how === 'drop') lines.splice(i, 1);
        if (how === 'double') lines.splice(i, 0, lines[i]);
        if (how === 'indent') lines[i] = ` ${lines[i]}`;
        if (how === 'truncate') lines[i] = lines[i].slice(0, Math.floor(lines[i].length / 2));
        if (how === 'garbage') lines[i] = `${lines[i]}${junk}`;
        return lines.join('\n');
      });
    fc.assert(fc.property(damaged, check), { numRuns: 200 });
  });
});
