import { canonicalPracticeArea, knownPracticeAreas, practiceAreaOptions, stageName, stageNamesFrom } from './programme';
import { validateSuggestion } from './validation';

const DEFAULTS = { proposed: 'Proposed', forming: 'Forming', launched: 'Launched', dormant: 'Dormant', closed: 'Closed' } as const;

describe('practice areas', () => {
  it('lists each known area once, trimmed and in order, whatever its case or accents', () => {
    expect(knownPracticeAreas([' People ', 'communications', 'Communications', '', 'Équipe', 'equipe'])).toEqual([
      'communications',
      'Équipe',
      'People',
    ]);
  });

  it('offers the known areas first, then areas only communities hold', () => {
    expect(practiceAreaOptions(['People', 'Communications'], ['Events', 'people', 'Communications'])).toEqual([
      'Communications',
      'People',
      'Events',
    ]);
    expect(practiceAreaOptions([], ['Events', 'People'])).toEqual(['Events', 'People']);
  });

  it('spells a typed area as the list does, and keeps an unknown one as typed', () => {
    expect(canonicalPracticeArea(' communications ', ['Communications'])).toBe('Communications');
    expect(canonicalPracticeArea(' Estates ', ['Communications'])).toBe('Estates');
  });

  it('asks for the area only when the person chose "Other"', () => {
    const draft = { title: 'Press officers', description: 'Media relations.', practiceArea: ' ', kind: 'new idea' as const };
    expect(validateSuggestion(draft).ok).toBe(true);
    expect(validateSuggestion(draft, { practiceAreaRequired: true })).toEqual({
      ok: false,
      problems: { practiceArea: { rule: 'required' } },
    });
  });
});

describe('stage names', () => {
  it("uses the site's name for a stage and CoP Hub's words for the others", () => {
    const names = stageNamesFrom([{ stage: 'forming', name: ' Preparations underway ' }]);
    expect(stageName('forming', names, DEFAULTS)).toBe('Preparations underway');
    expect(stageName('launched', names, DEFAULTS)).toBe('Launched');
  });

  it('leaves out blank names and unknown stages; the last item of a stage wins', () => {
    expect(
      stageNamesFrom([
        { stage: 'forming', name: 'Getting ready' },
        { stage: 'Forming', name: 'Preparations underway' },
        { stage: 'launched', name: '  ' },
        { stage: 'paused', name: 'On hold' },
        { name: 'x' },
      ]),
    ).toEqual({ forming: 'Preparations underway' });
  });
});
