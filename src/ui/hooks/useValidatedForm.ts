import * as React from 'react';
import type { ContentProblem } from '../../domain/contentValidation';
import type { ValidationResult } from '../../domain/validation';
import { problemMessage } from '../validationMessages';

export interface ValidatedForm<D> {
  draft: D;
  /** Sets one field of the draft. */
  set: <K extends keyof D>(key: K, value: D[K]) => void;
  /** The words for a field's problem after the last submit, naming it by `label`. */
  message: (key: keyof D, label: string) => string | undefined;
  hasProblems: boolean;
  saving: boolean;
  /** What the last save threw. */
  saveError: unknown;
  /** Validates; saves only a valid draft, at most one save at a time (a double click saves once). */
  submit: () => Promise<void>;
}

/**
 * A form's draft, checked by a domain validator before anything is saved. Problems stay until the
 * next submit, so a person sees each one at its field while they fix it.
 */
export function useValidatedForm<D, V>(
  initial: D | (() => D),
  validate: (draft: D) => ValidationResult<V, Partial<Record<keyof D, ContentProblem>>>,
  save: (value: V) => Promise<void>,
): ValidatedForm<D> {
  const [draft, setDraft] = React.useState<D>(initial);
  const [problems, setProblems] = React.useState<Partial<Record<keyof D, ContentProblem>>>({});
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<unknown>(undefined);
  const inFlight = React.useRef(false);
  // A successful save often closes the form; nothing is set on it after that.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  return {
    draft,
    set: (key, value) => setDraft((d) => ({ ...d, [key]: value })),
    message: (key, label) => {
      const p = problems[key];
      return p ? problemMessage(label, p) : undefined;
    },
    hasProblems: Object.keys(problems).length > 0,
    saving,
    saveError,
    async submit() {
      if (inFlight.current) return;
      const result = validate(draft);
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      setProblems({});
      setSaveError(undefined);
      setSaving(true);
      inFlight.current = true;
      try {
        await save(result.value);
      } catch (e) {
        if (mounted.current) setSaveError(e);
      } finally {
        // A ref, not state: only this submit ever sets it back, so there is no stale read to race with.
        // eslint-disable-next-line require-atomic-updates
        inFlight.current = false;
        if (mounted.current) setSaving(false);
      }
    },
  };
}
