import { adminListKind } from './adminLists';
import { choicePill, overdueDate } from './formats';
import { COMMUNITIES } from './lists';

describe('adminListKind', () => {
  it('knows the three lists the POD actions work on, whatever the case of the title', () => {
    expect([adminListKind('Memberships'), adminListKind('suggestions'), adminListKind('COMMUNITIES')]).toEqual([
      'memberships',
      'suggestions',
      'communities',
    ]);
    expect(adminListKind('Resources')).toBeUndefined();
    expect(adminListKind(undefined)).toBeUndefined();
  });
});

describe('column formatting', () => {
  it('colours each status with SharePoint severity classes and shows the value as text', () => {
    const f = choicePill({ launched: 'good', closed: 'blocked' });
    expect(f.attributes).toEqual({
      class: "=if(@currentField == 'launched', 'sp-field-severity--good', if(@currentField == 'closed', 'sp-field-severity--blocked', ''))",
    });
    expect(f.txtContent).toBe('@currentField');
  });

  it('gives every community status a colour', () => {
    const status = COMMUNITIES.fields.find((x) => x.name === 'CopStatus');
    const klass = String((status?.customFormatter?.attributes as { class: string }).class);
    for (const s of status?.choices ?? []) expect(klass).toContain(`'${s}'`);
  });

  it('flags a past review date as overdue', () => {
    expect(String(overdueDate().txtContent)).toContain('(overdue)');
  });
});
