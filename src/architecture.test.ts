/**
 * The direction of the arrows (README, DESIGN.md): webparts → ui → domain, webparts → data → domain,
 * ui → formats → domain. `domain` imports nothing of the others and no file format; `formats`
 * (iCalendar, CSV) are the only code that reaches the format libraries; `ui` — src/ui and every web
 * part's and extension's components/ and hooks/ — never reaches PnPjs, fetch, the data layer, the
 * list schema (its column titles are not the interface's words) or the emulator: it sees service
 * interfaces and loc/ strings. No production file reaches the test fakes (src/ui/testing). The rules are checked over a set of files, so the same checker is run
 * over a synthetic set with a wrong import in each checked folder, to show that it can fail.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, posix, relative } from 'path';

const SRC = __dirname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  return [
    ...source.matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*(?:\/\*.*?\*\/\s*)?['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
}

const imports = (file: string): string[] => importsOf(readFileSync(file, 'utf8'));

/** A source file by its path under src ('webparts/x/components/A.tsx') and its text. */
interface SourceFile {
  path: string;
  source: string;
}

/** The layer a src path belongs to. */
type Layer = 'domain' | 'formats' | 'ui' | 'data' | 'schema' | 'people' | 'host';

function layerOf(path: string): Layer {
  const [top] = path.split('/');
  if (top === 'domain' || top === 'formats' || top === 'ui' || top === 'data' || top === 'schema' || top === 'people') return top;
  if (/^(webparts|extensions)\/[^/]+\/(components|hooks)\//.test(path)) return 'ui';
  return 'host'; // web part and extension classes, property panes, dialogs: they compose the others
}

/** Libraries that write file formats: only src/formats uses them. */
const FORMAT_LIBRARIES = /^(ical-generator|papaparse)(\/|$)/;
/** Libraries of the host and the interface, which the domain and the formats never touch. */
const HOST_LIBRARIES = /^(@pnp|@microsoft|@fluentui|react)(\/|$)/;

/** An import as the layer it reaches (relative imports resolved under src), or the package it names. */
function target(from: string, spec: string): { layer?: Layer; pkg?: string } {
  if (!spec.startsWith('.')) return { pkg: spec };
  const resolved = posix.normalize(posix.join(posix.dirname(from), spec));
  return resolved.startsWith('..') ? { pkg: spec } : { layer: layerOf(resolved) };
}

/** What each layer may not import: a reason per broken rule, or undefined. */
function broken(layer: Layer, to: { layer?: Layer; pkg?: string }): string | undefined {
  if (to.pkg && FORMAT_LIBRARIES.test(to.pkg) && layer !== 'formats') return 'a format library outside src/formats';
  if (to.pkg && /emulator/.test(to.pkg)) return 'the emulator';
  if (layer === 'domain') {
    if (to.layer && to.layer !== 'domain') return `${to.layer} from the domain`;
    if (to.pkg && HOST_LIBRARIES.test(to.pkg)) return `${to.pkg} from the domain`;
  }
  if (layer === 'formats') {
    if (to.layer && to.layer !== 'domain' && to.layer !== 'formats') return `${to.layer} from a file format`;
    if (to.pkg && HOST_LIBRARIES.test(to.pkg)) return `${to.pkg} from a file format`;
  }
  if (layer === 'ui') {
    if (to.pkg && /^@pnp\//.test(to.pkg)) return 'PnPjs from the interface';
    if (to.layer === 'data') return 'the data layer from the interface';
    if (to.layer === 'schema') return "the list schema from the interface (its titles are not the interface's words)";
  }
  return undefined;
}

/** The fakes of src/ui/testing are for tests (which this set leaves out): no production file reaches them. */
function fromFakes(from: string, spec: string): string | undefined {
  const resolved = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), spec)) : '';
  return resolved.startsWith('ui/testing/') && !from.startsWith('ui/testing/') ? 'the test fakes from production code' : undefined;
}

/** Every broken arrow in a set of files, as 'path imports spec: reason'. */
function arrowOffenders(set: readonly SourceFile[]): string[] {
  return set.flatMap(({ path, source }) => {
    const layer = layerOf(path);
    const bad = importsOf(source).flatMap((spec) => {
      const reason = fromFakes(path, spec) ?? broken(layer, target(path, spec));
      return reason ? [`${path} imports ${spec}: ${reason}`] : [];
    });
    if (layer === 'ui' && /\bfetch\s*\(/.test(source)) bad.push(`${path} calls fetch`);
    return bad;
  });
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
  const srcFiles = (): SourceFile[] => files(SRC).map((f) => ({ path: rel(f), source: readFileSync(f, 'utf8') }));

  it('every arrow points the right way: domain, formats, ui (components and hooks of every web part and extension)', () => {
    const set = srcFiles();
    const counted = (layer: Layer): number => set.filter((f) => layerOf(f.path) === layer).length;
    expect(counted('domain')).toBeGreaterThan(20);
    expect(counted('formats')).toBeGreaterThanOrEqual(3);
    expect(set.filter((f) => /^webparts\/[^/]+\/hooks\//.test(f.path)).length).toBeGreaterThan(2);
    expect(set.filter((f) => /^extensions\/[^/]+\/components\//.test(f.path)).length).toBeGreaterThan(0);
    expect(arrowOffenders(set)).toEqual([]);
  });

  it('the checker fails on a wrong import in each checked folder (run over a synthetic set of files)', () => {
    const wrong: SourceFile[] = [
      { path: 'domain/rule.ts', source: "import { x } from '../data/clients';" },
      { path: 'domain/rule2.ts', source: "import { Text } from '@fluentui/react/lib/Text';" },
      { path: 'domain/file.ts', source: "import ical from 'ical-generator';" },
      { path: 'formats/sheet.ts', source: "import { strings } from '../ui/format';" },
      { path: 'formats/sheet2.ts', source: "import { sp } from '@pnp/sp';" },
      { path: 'ui/components/A/A.tsx', source: "import { LIST_TITLES } from '../../../schema/lists';" },
      { path: 'ui/hooks/useB.ts', source: "const r = fetch('/_api/web');" },
      { path: 'webparts/wp/components/C/C.tsx', source: "import { createServices } from '../../../../data/factory';" },
      { path: 'webparts/wp/components/C/D.tsx', source: "export { unparse } from 'papaparse';" },
      { path: 'webparts/wp/hooks/useE.ts', source: "const m = import(/* webpackChunkName: 'x' */ '../../../schema/lists');" },
      { path: 'webparts/wp/hooks/useF.ts', source: "import '@pnp/sp/webs';" },
      { path: 'extensions/ext/components/G.tsx', source: "import { startEmulator } from '../../../../emulator/src/server';" },
      { path: 'extensions/ext/components/H.tsx', source: "import { COMMUNITIES } from '../../../schema/lists';" },
      { path: 'webparts/wp/WebPart.ts', source: "import { fakeServices } from '../../ui/testing/fakeServices';" },
      { path: 'data/factory2.ts', source: "const f = import(/* webpackChunkName: 'x' */ '../ui/testing/fakeAdmin');" },
    ];
    const found = arrowOffenders(wrong);
    expect(found.map((o) => o.split(' imports ')[0].split(' calls ')[0])).toEqual(wrong.map((f) => f.path));
    // The same imports are fine where they belong: data reads the schema, formats use their libraries.
    expect(
      arrowOffenders([
        { path: 'data/service.ts', source: "import { LIST_TITLES } from '../schema/lists';\nimport { spfi } from '@pnp/sp';" },
        { path: 'formats/sheet.ts', source: "import { unparse } from 'papaparse';\nimport type { Row } from '../domain/portfolio';" },
        { path: 'webparts/wp/WebPart.ts', source: "import { createServices } from '../../data/factory';" },
        { path: 'webparts/wp/hooks/useF.ts', source: "import { toCsv } from '../../../formats/csvExport';" },
      ]),
    ).toEqual([]);
  });

  it('no fixed DOM ids in the interface: two web parts on one page must not share one (ids come from useId)', () => {
    const fixedIds = (set: readonly SourceFile[]): string[] =>
      set
        .filter((f) => layerOf(f.path) === 'ui' && f.path.endsWith('.tsx'))
        .flatMap((f) =>
          [...f.source.matchAll(/\b(id|aria-labelledby|aria-describedby|htmlFor|form)="([^"]+)"/g)].map((m) => `${f.path}: ${m[0]}`),
        );
    const set = srcFiles();
    expect(set.filter((f) => layerOf(f.path) === 'ui' && f.path.endsWith('.tsx')).length).toBeGreaterThan(40);
    expect(fixedIds(set)).toEqual([]);
    // The check sees a fixed id, a label pointing at one, and a form's submit button naming one.
    expect(
      fixedIds([
        { path: 'webparts/wp/components/A.tsx', source: '<h3 id="title">T</h3><section aria-labelledby="title" />' },
        { path: 'ui/components/B.tsx', source: '<button form="f" /><div id={ids.title} />' },
      ]),
    ).toEqual([
      'webparts/wp/components/A.tsx: id="title"',
      'webparts/wp/components/A.tsx: aria-labelledby="title"',
      'ui/components/B.tsx: form="f"',
    ]);
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

  it('no user-visible words in the domain, a file format or a component: they live in the loc/ modules', () => {
    const targets = [
      ...files(join(SRC, 'domain')),
      ...files(join(SRC, 'formats')),
      ...files(SRC).filter((f) => /\/components\//.test(f) && f.endsWith('.tsx')),
    ];
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
