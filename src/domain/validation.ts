/**
 * Input checks as pure functions. They return what is wrong as data (which field, which rule, the
 * limit); the form turns each into words from its loc/ strings, so the rules stay testable and the
 * wording stays translatable.
 */
import { SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from './models';
import { communityTitleProblem } from './titleOrder';

/** The Suggestions list's limits: Title is a 255-character column; the others are ours. */
export const SUGGESTION_LIMITS = { title: 255, description: 2000, practiceArea: 120 } as const;

export type FieldProblem = { rule: 'required' } | { rule: 'tooLong'; max: number; length: number } | { rule: 'notAChoice' };

export interface SuggestionDraft {
  title: string;
  description: string;
  practiceArea: string;
  /** Empty until the person picks one. */
  kind: SuggestionKind | '';
}

export type SuggestionField = keyof SuggestionDraft;
/** A title that would not do as a community's name (markup, or no letter or digit first). */
export type TitleProblem = { rule: 'notAName' };
export type SuggestionProblems = Partial<Record<SuggestionField, FieldProblem | TitleProblem>>;

export type SuggestionInput = Pick<Suggestion, 'title' | 'description' | 'practiceArea' | 'kind'>;

export type ValidationResult<T, P> = { ok: true; value: T } | { ok: false; problems: P };

function text(value: string, max: number, required: boolean): FieldProblem | undefined {
  const t = value.trim();
  if (required && t === '') return { rule: 'required' };
  if (t.length > max) return { rule: 'tooLong', max, length: t.length };
  return undefined;
}

/**
 * Checks a suggestion; on success returns it trimmed, ready to save. The practice area is optional,
 * except when the person chose "Other" over the known areas: then they owe its name.
 */
export function validateSuggestion(
  draft: SuggestionDraft,
  options: { practiceAreaRequired?: boolean } = {},
): ValidationResult<SuggestionInput, SuggestionProblems> {
  const problems: SuggestionProblems = {};
  // A new idea's title becomes a proposed community's name when it is accepted.
  const title = text(draft.title, SUGGESTION_LIMITS.title, true) ?? communityTitleProblem(draft.title);
  const description = text(draft.description, SUGGESTION_LIMITS.description, true);
  const practiceArea = text(draft.practiceArea, SUGGESTION_LIMITS.practiceArea, options.practiceAreaRequired === true);
  if (title) problems.title = title;
  if (description) problems.description = description;
  if (practiceArea) problems.practiceArea = practiceArea;
  if (draft.kind === '') problems.kind = { rule: 'required' };
  else if (!(SUGGESTION_KINDS as readonly string[]).includes(draft.kind)) problems.kind = { rule: 'notAChoice' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      title: draft.title.trim(),
      description: draft.description.trim(),
      practiceArea: draft.practiceArea.trim(),
      kind: draft.kind as SuggestionKind,
    },
  };
}
