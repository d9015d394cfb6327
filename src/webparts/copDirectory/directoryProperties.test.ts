import { readFileSync } from 'fs';
import { join } from 'path';
import { DIRECTORY_DEFAULTS, directoryProps } from './directoryProperties';

/** The manifest is JSON with // comments (SPFx's convention): whole-line and trailing ones. */
function manifestProperties(): unknown {
  const text = readFileSync(join(__dirname, 'CopDirectoryWebPart.manifest.json'), 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/,\s*\/\/.*$/gm, ',');
  return (JSON.parse(text) as { preconfiguredEntries: Array<{ properties: unknown }> }).preconfiguredEntries[0].properties;
}

describe('directory properties → props', () => {
  it('a new directory starts from the same properties the manifest preconfigures', () => {
    expect(manifestProperties()).toEqual(DIRECTORY_DEFAULTS);
  });

  it('maps the defaults: cards, not grouped, forming shown, closed hidden, no starting filter', () => {
    expect(directoryProps(DIRECTORY_DEFAULTS)).toEqual({
      title: 'Communities of practice',
      defaultLayout: 'cards',
      defaultGrouped: false,
      defaultFilters: { practiceAreas: [], statuses: [], mineOnly: false },
      pageSize: 12,
      showForming: true,
      showClosed: false,
      communityPageUrl: '',
      contact: { role: 'Head of Communities of Practice', name: '', email: '', phone: '' },
    });
  });

  it('a starting practice area, stage and "mine only" become the starting filters', () => {
    const props = directoryProps({
      ...DIRECTORY_DEFAULTS,
      defaultPracticeArea: 'Finance',
      defaultStatus: 'forming',
      defaultMineOnly: true,
    });
    expect(props.defaultFilters).toEqual({ practiceAreas: ['Finance'], statuses: ['forming'], mineOnly: true });
  });

  it('a page saved before a property existed: forming communities show, other switches are off, texts empty', () => {
    const props = directoryProps({ title: 'Our communities' });
    expect(props.showForming).toBe(true);
    expect(props.showClosed).toBe(false);
    expect(props.defaultGrouped).toBe(false);
    expect(props.defaultFilters).toEqual({ practiceAreas: [], statuses: [], mineOnly: false });
    expect(props.contact).toEqual({ role: '', name: '', email: '', phone: '' });
  });

  it('an editor who turns forming communities off gets them hidden', () => {
    expect(directoryProps({ ...DIRECTORY_DEFAULTS, showForming: false }).showForming).toBe(false);
  });
});
