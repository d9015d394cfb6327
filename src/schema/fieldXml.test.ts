import { fieldXml } from './fieldXml';
import { LIST_SCHEMA } from './lists';

describe('field XML', () => {
  it('escapes display names and lists choices', () => {
    const xml = fieldXml({
      name: 'Kind',
      title: 'Kind <&> "x"',
      kind: 'Choice',
      choices: ['a & b'],
      defaultValue: 'a & b',
      required: true,
    });
    expect(xml).toBe(
      '<Field Type="Choice" FillInChoice="FALSE" Name="Kind" StaticName="Kind" DisplayName="Kind &lt;&amp;&gt; &quot;x&quot;" Required="TRUE"><CHOICES><CHOICE>a &amp; b</CHOICE></CHOICES><Default>a &amp; b</Default></Field>',
    );
  });
  it('points lookups at the list id and refuses a lookup without one', () => {
    expect(fieldXml({ name: 'Community', title: 'Community', kind: 'Lookup', lookupList: 'Communities' }, 'abc')).toContain(
      'List="{abc}" ShowField="Title"',
    );
    expect(() => fieldXml({ name: 'Community', title: 'Community', kind: 'Lookup', lookupList: 'Communities' })).toThrow(/needs the id/);
  });
});

describe('list schema', () => {
  it('stays within 20 indexes per list and indexes every lookup', () => {
    for (const list of LIST_SCHEMA) {
      const indexed = list.fields.filter((f) => f.indexed).length + (list.indexedBuiltIns?.length ?? 0);
      expect(indexed).toBeLessThanOrEqual(20);
      for (const f of list.fields.filter((x) => x.kind === 'Lookup' && x.required)) expect(f.indexed).toBe(true);
    }
  });
  it('orders lists so every lookup target comes first', () => {
    const seen = new Set<string>();
    for (const list of LIST_SCHEMA) {
      for (const f of list.fields) if (f.lookupList) expect(seen.has(f.lookupList)).toBe(true);
      seen.add(list.title);
    }
  });
  it('lets staff edit only their own self-service items', () => {
    const byTitle = Object.fromEntries(LIST_SCHEMA.map((l) => [l.title, l]));
    expect(byTitle.Memberships.writeSecurity).toBe(2);
    expect(byTitle.Memberships.enableModeration).toBe(true);
    expect(byTitle.Suggestions.writeSecurity).toBe(2);
    expect(byTitle.Communities.permissions.grants).toContainEqual({ group: 'members', role: 'Read' });
  });
});
