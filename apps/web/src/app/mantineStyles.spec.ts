import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * mantineStyles.ts imports the CSS of each Mantine component the app uses, instead of all of
 * Mantine's styles. This finds what the app uses (every value imported from @mantine/core,
 * @mantine/notifications or @mantine/charts in apps/web/src), follows Mantine's own modules
 * from there to each `<Name>.module.mjs` they reach (a component's class names, whose rules are
 * in `styles/<Name>.css`), and checks that mantineStyles.ts imports all of those, in the order
 * of Mantine's full stylesheet (a component's rules after those of the parts it builds on).
 */
const webSrc = resolve(__dirname, '..');
const nodeModules = resolve(webSrc, '../../../node_modules');
const stylesFile = join(__dirname, 'mantineStyles.ts');

const PACKAGES = ['@mantine/core', '@mantine/notifications', '@mantine/charts'] as const;
type MantinePackage = (typeof PACKAGES)[number];
/** The stylesheet a package needs as a whole, besides the CSS of the core components it uses. */
const PACKAGE_STYLES: Record<MantinePackage, string[]> = {
  '@mantine/core': [
    '@mantine/core/styles/baseline.css',
    '@mantine/core/styles/default-css-variables.css',
    '@mantine/core/styles/global.css',
  ],
  '@mantine/notifications': ['@mantine/notifications/styles.css'],
  '@mantine/charts': ['@mantine/charts/styles.css'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return ['generated', 'test'].includes(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `import { A, type B, C as D } from 'pkg'` → the value names A and C, for each package. */
function namedImports(source: string, from: string): string[] {
  const escaped = from.replace(/[/@]/g, (c) => `\\${c}`);
  const pattern = new RegExp(`import\\s+(type\\s+)?\\{([^}]*)\\}\\s*from\\s*['"]${escaped}['"]`, 'g');
  return [...source.matchAll(pattern)].flatMap((match) =>
    match[1]
      ? []
      : match[2]
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part && !part.startsWith('type '))
          .map((part) => part.split(/\s+as\s+/)[0]),
  );
}

const packageIndexes = new Map<string, Map<string, string>>();
/** A package's exported names → the module that defines each (from its esm/index.mjs). */
function packageIndex(pkg: string): Map<string, string> {
  let index = packageIndexes.get(pkg);
  if (!index) {
    const esm = join(nodeModules, pkg, 'esm');
    index = new Map();
    const source = readFileSync(join(esm, 'index.mjs'), 'utf8');
    for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g)) {
      for (const name of match[1].split(',').map((part) => part.trim().split(/\s+as\s+/)[0])) {
        if (name) index.set(name, join(esm, match[2]));
      }
    }
    packageIndexes.set(pkg, index);
  }
  return index;
}

/** Every `<Name>.module.mjs` reachable from these modules, as "Name". */
function cssModulesReached(start: string[]): Set<string> {
  const seen = new Set<string>();
  const found = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (file.endsWith('.module.mjs')) found.add(basename(file, '.module.mjs'));
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/from\s*"(\.[^"]+\.mjs)"/g)) queue.push(resolve(dirname(file), match[1]));
    // @mantine/notifications and @mantine/charts build on core components.
    for (const name of namedImports(source, '@mantine/core')) {
      const target = packageIndex('@mantine/core').get(name);
      if (target) queue.push(target);
    }
  }
  return found;
}

/** The stylesheets the app needs, from what it imports. */
function requiredStyles(): { styles: Set<string>; used: Record<string, string[]> } {
  const used: Record<string, Set<string>> = {};
  for (const file of sourceFiles(webSrc)) {
    const source = readFileSync(file, 'utf8');
    for (const pkg of PACKAGES) {
      for (const name of namedImports(source, pkg)) (used[pkg] ??= new Set()).add(name);
    }
  }
  const styles = new Set<string>(PACKAGE_STYLES['@mantine/core']);
  for (const pkg of PACKAGES) {
    const names = [...(used[pkg] ?? [])];
    if (!names.length) continue;
    for (const sheet of PACKAGE_STYLES[pkg]) styles.add(sheet);
    const modules = names.flatMap((name) => packageIndex(pkg).get(name) ?? []);
    for (const name of cssModulesReached(modules)) {
      if (existsSync(join(nodeModules, '@mantine/core/styles', `${name}.css`))) {
        styles.add(`@mantine/core/styles/${name}.css`);
      }
    }
  }
  return {
    styles,
    used: Object.fromEntries(Object.entries(used).map(([pkg, names]) => [pkg, [...names].sort()])),
  };
}

function cssImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+'(@mantine\/[^']+\.css)';/gm)].map((match) => match[1]);
}

/** Where a core stylesheet's first rule stands in Mantine's full stylesheet. */
function positionInFullStylesheet(sheet: string, full: string): number {
  const text = readFileSync(join(nodeModules, sheet), 'utf8');
  const firstRule = text.slice(0, text.indexOf('{')).trim();
  return full.indexOf(firstRule);
}

describe('mantineStyles', () => {
  const { styles, used } = requiredStyles();
  const imported = cssImports(stylesFile);
  // A lazily loaded page may bring a package's stylesheet itself (GrowthRadar: @mantine/charts).
  const importedAnywhere = new Set(sourceFiles(webSrc).flatMap(cssImports));

  it('finds the Mantine components the app uses', () => {
    expect(used['@mantine/core']).toEqual(expect.arrayContaining(['Button', 'MantineProvider', 'TextInput']));
  });

  it('imports the CSS of every Mantine component the app uses (add any that is missing to mantineStyles.ts)', () => {
    const missing = [...styles].filter((sheet) => !importedAnywhere.has(sheet));
    expect(missing).toEqual([]);
  });

  it('imports no stylesheet that does not exist', () => {
    const absent = imported.filter((sheet) => !existsSync(join(nodeModules, sheet)));
    expect(absent).toEqual([]);
  });

  it("imports the core stylesheets in the order of Mantine's full stylesheet", () => {
    const full = readFileSync(join(nodeModules, '@mantine/core/styles.css'), 'utf8');
    const core = imported.filter((sheet) => sheet.startsWith('@mantine/core/styles/'));
    const positions = core.map((sheet) => positionInFullStylesheet(sheet, full));
    expect(positions.every((position) => position >= 0)).toBe(true);
    const sorted = [...core].sort((a, b) => positionInFullStylesheet(a, full) - positionInFullStylesheet(b, full));
    expect(core).toEqual(sorted);
  });

  it('never imports all of Mantine again', () => {
    expect(imported).not.toContain('@mantine/core/styles.css');
    const main = readFileSync(join(webSrc, 'main.tsx'), 'utf8');
    expect(main).not.toMatch(/@mantine\/core\/styles\.css/);
  });
});
