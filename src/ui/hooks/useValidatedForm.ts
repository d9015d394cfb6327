import * as React from 'react';
import type { ContentProblem } from '../../domain/contentValidation';
import type { ValidationResult } from '../../domain/validation';
import { problemMessage } from '../validationMessages';
import { useSingleFlight } from './useSingleFlight';

export interface ValidatedForm<D, P = Partial<Record<keyof D, ContentProblem>>> {
  draft: D;
  /** Sets one field of the draft. */
  set: <K extends keyof D>(key: K, value: D[K]) => void;
  /** Starts again from `draft`: no problems, no save error, not yet submitted (a panel opened afresh). */
  reset: (draft: D) => void;
  /** Each field's problem after the last check. */
  problems: P;
  /** The words for a field's content problem after the last check, naming it by `label`. */
  message: (key: keyof D, label: string) => string | undefined;
  hasProblems: boolean;
  saving: boolean;
  /** What the last save threw. */
  saveError: unknown;
  /** Validates; saves only a valid draft, at most one save at a time (a double click saves once). */
  submit: () => Promise<void>;
}

export interface ValidatedFormOptions<P> {
  /** After the first submit, check again on every change, so a fixed field stops complaining at once. */
  recheckOnChange?: boolean;
  /** Told the problems a submit found (for instance to move the focus to the first). */
  onInvalid?: (problems: P) => void;
}

/**
 * A form's draft, checked by a domain validator before anything is saved. Problems stay until the
 * next submit (or, with `recheckOnChange`, until the field is fixed), so a person sees each one at its
 * field while they fix it.
 */
export function useValidatedForm<D, V, P extends Partial<Record<keyof D, unknown>> = Partial<Record<keyof D, ContentProblem>>>(
  initial: D | (() => D),
  validate: (draft: D) => ValidationResult<V, P>,
  save: (value: V) => Promise<void>,
  options: ValidatedFormOptions<P> = {},
): ValidatedForm<D, P> {
  const [draft, setDraft] = React.useState<D>(initial);
  const [problems, setProblems] = React.useState<P>({} as P);
  const [checked, setChecked] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<unknown>(undefined);
  const flight = useSingleFlight();
  // The validator may close over other state (a choice beside the draft): check with this render's.
  const latest = React.useRef(validate);
  latest.current = validate;
  React.useEffect(() => {
    if (!checked || !options.recheckOnChange) return;
    const result = latest.current(draft);
    setProblems(result.ok ? ({} as P) : result.problems);
  }, [draft, checked, options.recheckOnChange]);

  return {
    draft,
    set: (key, value) => setDraft((d) => ({ ...d, [key]: value })),
    reset: (next) => {
      setDraft(next);
      setProblems({} as P);
      setChecked(false);
      setSaveError(undefined);
    },
    problems,
    message: (key, label) => {
      const p = problems[key];
      return p ? problemMessage(label, p as unknown as ContentProblem) : undefined;
    },
    hasProblems: Object.keys(problems).length > 0,
    saving,
    saveError,
    submit: async () => {
      await flight.run(async () => {
        setChecked(true);
        const result = validate(draft);
        if (!result.ok) {
          setProblems(result.problems);
          options.onInvalid?.(result.problems);
          return;
        }
        setProblems({} as P);
        setSaveError(undefined);
        setSaving(true);
        try {
          await save(result.value);
        } catch (e) {
          // A successful save often closes the form; nothing is set on it after that.
          if (flight.isMounted()) setSaveError(e);
        } finally {
          if (flight.isMounted()) setSaving(false);
        }
      });
    },
  };
}
