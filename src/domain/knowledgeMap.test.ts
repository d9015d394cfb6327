import { findColleagues, knowledgeGaps, knowledgeMap, topicKey, type TopicEntry } from './knowledgeMap';
import type { MemberProfile, Person } from './models';

const person = (id: number, displayName: string): Person => ({
  id,
  displayName,
  email: `${displayName.split(' ')[0].toLowerCase()}@cophub.example`,
});
const ada = person(1, 'Ada Lovelace');
const ben = person(2, 'Ben Okafor');
const cleo = person(3, 'Cleo Martin');

const profile = (p: Person, canHelpWith: string[], wantsToLearn: string[], practiceArea?: string): MemberProfile => ({
  id: p.id * 10,
  person: p,
  canHelpWith,
  wantsToLearn,
  practiceArea,
});

const profiles = [
  profile(ada, ['Power BI', 'SQL'], ['Facilitation'], 'Data and Insight'),
  profile(ben, ['facilitation'], ['Power  BI', 'Survey design'], 'Communications'),
  profile(cleo, [], ['survey design', 'Accessibility'], 'data and insight'),
];

describe('the knowledge map', () => {
  const map = knowledgeMap(profiles);
  const entry = (key: string): TopicEntry | undefined => map.find((e) => e.key === key);

  it('treats spellings that differ only in case and spaces as one topic', () => {
    expect(topicKey('  Power   BI ')).toBe('power bi');
    expect(entry('power bi')?.offering).toEqual([ada]);
    expect(entry('power bi')?.wanting).toEqual([ben]);
  });

  it('makes a gap of a topic wanted that nobody offers, and none of one that somebody offers', () => {
    expect(knowledgeGaps(map).map((e) => e.key)).toEqual(['survey design', 'accessibility']);
    expect(entry('facilitation')?.gap).toBe(false);
    expect(entry('sql')?.gap).toBe(false);
  });

  it('lists gaps first, most wanted first, and shows the spelling most people used', () => {
    expect(map[0].key).toBe('survey design');
    expect(map[0].wanting).toEqual([ben, cleo]);
    expect(map[0].topic).toBe('Survey design');
  });

  it('counts a person once even when they list a topic twice', () => {
    const twice = knowledgeMap([profile(ada, ['SQL', 'sql'], [])]);
    expect(twice).toHaveLength(1);
    expect(twice[0].offering).toEqual([ada]);
  });

  it('is empty when nobody has said anything', () => {
    expect(knowledgeMap([profile(ada, [], [])])).toEqual([]);
    expect(knowledgeMap([])).toEqual([]);
  });
});

describe('find colleagues', () => {
  it('finds who can help with a topic from part of its name, leaving me out', () => {
    expect(findColleagues(profiles, { kind: 'canHelpWith', text: 'power' })).toEqual([{ person: ada, matched: ['Power BI'] }]);
    expect(findColleagues(profiles, { kind: 'canHelpWith', text: 'power' }, ada)).toEqual([]);
  });

  it('finds who wants to learn a topic; every word must match', () => {
    expect(findColleagues(profiles, { kind: 'wantsToLearn', text: 'SURVEY' }).map((m) => m.person)).toEqual([ben, cleo]);
    expect(findColleagues(profiles, { kind: 'wantsToLearn', text: 'survey accessibility' })).toEqual([]);
  });

  it('finds members in my practice area, whatever its case', () => {
    expect(findColleagues(profiles, { kind: 'samePracticeArea', practiceArea: 'Data and Insight' }, ada)).toEqual([
      { person: cleo, matched: ['data and insight'] },
    ]);
    expect(findColleagues(profiles, { kind: 'samePracticeArea', practiceArea: '' })).toEqual([]);
  });

  it('finds nobody for an empty search', () => {
    expect(findColleagues(profiles, { kind: 'canHelpWith', text: '   ' })).toEqual([]);
  });
});
