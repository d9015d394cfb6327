import { withCharter } from './charter';
import type { Community, CommunityCharter } from './models';

const community = {
  id: 4,
  title: 'Data and Insight',
  domain: 'Data as the POD team wrote it',
  practice: 'Dashboards',
  audience: 'Analysts',
  groundRules: '',
  rhythm: 'Monthly',
  rhythmDays: 30,
  gardeners: [],
} as unknown as Community;
const charter: CommunityCharter = {
  id: 9,
  communityId: 4,
  domain: 'Data, as its gardeners put it',
  practice: '',
  audience: 'Anyone who works with data',
  groundRules: 'Be kind; share what you learn',
  rhythm: 'Every other Tuesday',
};

describe('withCharter', () => {
  it("shows the gardeners' saved texts, blanks included, and keeps everything else the POD team owns", () => {
    const shown = withCharter(community, charter);
    expect(shown).toMatchObject({
      domain: 'Data, as its gardeners put it',
      practice: '',
      audience: 'Anyone who works with data',
      groundRules: 'Be kind; share what you learn',
      rhythm: 'Every other Tuesday',
      rhythmDays: 30,
      title: 'Data and Insight',
    });
  });
  it("keeps the community's own texts without a charter, or with another community's", () => {
    expect(withCharter(community, undefined)).toBe(community);
    expect(withCharter(community, { ...charter, communityId: 5 })).toBe(community);
  });
});
