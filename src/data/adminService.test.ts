import { versionHistory } from './adminService';

const editor = (name: string): { LookupId: number; LookupValue: string; Email: string } => ({
  LookupId: 1,
  LookupValue: name,
  Email: `${name}@x.example`,
});

describe('versionHistory', () => {
  it('turns SharePoint versions (newest first) into who changed what, with the reason for a status change', () => {
    const history = versionHistory([
      {
        VersionLabel: '3.0',
        Created: '2026-11-03T10:00:00Z',
        Editor: editor('Priya'),
        Title: 'Data',
        CopStatus: 'launched',
        StatusReason: 'Target reached',
        GroupId: 'g',
        Sponsor: editor('Anand'),
      },
      {
        VersionLabel: '2.0',
        Created: '2026-11-02T10:00:00Z',
        Editor: editor('Owen'),
        Title: 'Data',
        CopStatus: 'forming',
        StatusReason: '',
        GroupId: 'g',
        Sponsor: editor('Anand'),
      },
      {
        VersionLabel: '1.0',
        Created: '2026-11-01T10:00:00Z',
        Editor: editor('Owen'),
        Title: 'Data',
        CopStatus: 'forming',
        StatusReason: '',
        GroupId: null,
        Sponsor: null,
      },
    ]);
    expect(history).toEqual([
      {
        kind: 'changed',
        when: '2026-11-03T10:00:00Z',
        who: 'Priya',
        version: '3.0',
        fields: ['CopStatus', 'StatusReason'],
        status: 'launched',
        note: 'Target reached',
      },
      {
        kind: 'changed',
        when: '2026-11-02T10:00:00Z',
        who: 'Owen',
        version: '2.0',
        fields: ['Sponsor', 'GroupId'],
        status: undefined,
        note: undefined,
      },
      { kind: 'created', when: '2026-11-01T10:00:00Z', who: 'Owen', version: '1.0', status: 'forming' },
    ]);
  });
});
