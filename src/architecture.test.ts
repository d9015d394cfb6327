/**
 * The direction of the arrows (DESIGN.md): webparts → ui → domain, webparts → data → domain.
 * `domain` imports nothing of the others; `ui` and the React components never reach PnPjs, fetch
 * or the emulator — they only see service interfaces.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const SRC = __dirname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [
    ...source.matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*(?:\/\*.*?\*\/\s*)?['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
}

const rel = (f: string): string => relative(SRC, f).replace(/\\/g, '/');

/**
 * String literals, templates and JSX text that read as words to a person: two or more words, the
 * first capitalised (ids, keys, CSS and field names don't look like that). Comments are skipped.
 */
function userVisibleLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const text = m[1] ?? m[2] ?? m[3] ?? '';
    if (/^[A-Z][a-z']*[ ,]/.test(text) && /[a-z]{2,} [a-z]{2,}/.test(text)) found.push(text);
  }
  for (const m of code.matchAll(/>\s*([A-Z][a-z']+(?: [A-Za-z',.]+)+)\s*</g)) found.push(`JSX: ${m[1]}`);
  return found;
}

/** Words that are not the interface's: each with why. */
const ALLOWED_LITERALS = new Set([
  'Community home', // the PRODID of a downloaded .ics: the product calendar apps record, not text shown
]);

describe('architecture', () => {
  it('domain imports only domain (and plain libraries such as rrule), never UI, SharePoint or data code', () => {
    const offenders = files(join(SRC, 'domain')).flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith('../') || /^(@pnp|@microsoft|@fluentui|react)/.test(i))
        .map((i) => `${rel(f)} imports ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('ui and the web part components never reach PnPjs, fetch, the data layer or the emulator', () => {
    const uiFiles = [
      ...files(join(SRC, 'ui')),
      ...files(join(SRC, 'webparts')).filter((f) => f.includes('/components/')),
      ...files(join(SRC, 'extensions')).filter((f) => f.includes('/components/')),
    ];
    expect(uiFiles.length).toBeGreaterThan(5);
    const offenders = uiFiles.flatMap((f) => {
      const bad = imports(f)
        .filter((i) => /^@pnp\//.test(i) || /\/data(\/|$)/.test(i) || /emulator/.test(i))
        .map((i) => `${rel(f)} imports ${i}`);
      if (/\bfetch\s*\(/.test(readFileSync(f, 'utf8'))) bad.push(`${rel(f)} calls fetch`);
      return bad;
    });
    expect(offenders).toEqual([]);
  });

  it('only the people adapter (src/people) touches Microsoft Graph Toolkit, so it can be replaced in one place', () => {
    const offenders = files(SRC)
      .filter((f) => !rel(f).startsWith('people/'))
      .flatMap((f) =>
        imports(f)
          .filter((i) => /^@microsoft\/mgt-/.test(i))
          .map((i) => `${rel(f)} imports ${i}`),
      );
    expect(offenders).toEqual([]);
    expect(imports(join(SRC, 'people', 'mgt', 'MgtPerson.tsx'))).toContain('@microsoft/mgt-react');
  });

  it('no user-visible words in the domain or a component: they live in the loc/ modules', () => {
    const targets = [...files(join(SRC, 'domain')), ...files(SRC).filter((f) => /\/components\//.test(f) && f.endsWith('.tsx'))];
    expect(targets.length).toBeGreaterThan(40);
    const offenders = targets.flatMap((f) =>
      userVisibleLiterals(readFileSync(f, 'utf8'))
        .filter((l) => !ALLOWED_LITERALS.has(l))
        .map((l) => `${rel(f)}: ${l}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the literal check finds words in strings, templates and JSX text, and not in comments', () => {
    const sample = [
      '// A comment that says Give a reason here.',
      "const a = 'Give a reason for the change.';",
      'const b = `The community is already ${from}.`;',
      'const c = <p>Choose a team first</p>;',
      "const d = 'community-title'; const e = `${a} · ${b}`;",
    ].join('\n');
    expect(userVisibleLiterals(sample)).toEqual([
      'Give a reason for the change.',
      'The community is already ${from}.',
      'JSX: Choose a team first',
    ]);
  });

  it('the check itself sees imports (so it cannot pass vacuously)', () => {
    expect(imports(join(SRC, 'data', 'factory.ts'))).toContain('./pnpImports');
    expect(imports(join(SRC, 'data', 'clients.ts'))).toContain('@pnp/sp');
  });
});
