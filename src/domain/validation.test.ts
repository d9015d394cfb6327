import { SUGGESTION_LIMITS, validateSuggestion, type SuggestionDraft } from './validation';

const good: SuggestionDraft = {
  title: 'Apprenticeship coordinators',
  description: 'Meets each term.',
  practiceArea: 'People',
  kind: 'existing network',
};

describe('validateSuggestion', () => {
  it('accepts a complete suggestion and trims it', () => {
    expect(validateSuggestion({ ...good, title: '  Apprenticeship coordinators ' })).toEqual({
      ok: true,
      value: { title: 'Apprenticeship coordinators', description: 'Meets each term.', practiceArea: 'People', kind: 'existing network' },
    });
  });
  it('needs a name, a description and a kind; blank space is not an answer', () => {
    const result = validateSuggestion({ title: '   ', description: '', practiceArea: '', kind: '' });
    expect(result).toEqual({
      ok: false,
      problems: { title: { rule: 'required' }, description: { rule: 'required' }, kind: { rule: 'required' } },
    });
  });
  it("refuses a name with markup or without a letter or digit first: it would become a community's name", () => {
    expect(validateSuggestion({ ...good, title: '<b>Data</b> science' })).toEqual({ ok: false, problems: { title: { rule: 'notAName' } } });
    expect(validateSuggestion({ ...good, title: '*** Data' })).toEqual({ ok: false, problems: { title: { rule: 'notAName' } } });
    expect(validateSuggestion({ ...good, title: 'Maths < 5 years' }).ok).toBe(true);
  });
  it('practice area is optional', () => {
    expect(validateSuggestion({ ...good, practiceArea: '' }).ok).toBe(true);
  });
  it('reports each limit with the length given, so the message can say how much to cut', () => {
    const result = validateSuggestion({
      ...good,
      title: 'x'.repeat(SUGGESTION_LIMITS.title + 1),
      description: 'y'.repeat(SUGGESTION_LIMITS.description + 5),
      practiceArea: 'z'.repeat(SUGGESTION_LIMITS.practiceArea + 1),
    });
    expect(result).toEqual({
      ok: false,
      problems: {
        title: { rule: 'tooLong', max: 255, length: 256 },
        description: { rule: 'tooLong', max: 2000, length: 2005 },
        practiceArea: { rule: 'tooLong', max: 120, length: 121 },
      },
    });
  });
  it('accepts values exactly at the limits', () => {
    expect(validateSuggestion({ ...good, title: 'x'.repeat(255), description: 'y'.repeat(2000), practiceArea: 'z'.repeat(120) }).ok).toBe(
      true,
    );
  });
  it('refuses a kind the list does not have', () => {
    const result = validateSuggestion({ ...good, kind: 'task force' as SuggestionDraft['kind'] });
    expect(result).toEqual({ ok: false, problems: { kind: { rule: 'notAChoice' } } });
  });
});
