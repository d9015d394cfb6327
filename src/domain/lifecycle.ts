/** Community lifecycle: proposed → forming → launched → dormant → closed, and only these moves. */
import type { CommunityStatus } from './models';

const ALLOWED: Record<CommunityStatus, readonly CommunityStatus[]> = {
  proposed: ['forming', 'closed'],
  forming: ['launched', 'proposed', 'closed'],
  launched: ['dormant', 'closed'],
  dormant: ['launched', 'closed'],
  closed: [],
};

export type TransitionResult = { ok: true; to: CommunityStatus; reason: string } | { ok: false; error: string };

export function allowedTransitions(from: CommunityStatus): readonly CommunityStatus[] {
  return ALLOWED[from];
}

/** Checks a status change; every change carries a reason, so the history says why. */
export function transition(from: CommunityStatus, to: CommunityStatus, reason: string): TransitionResult {
  if (from === to) return { ok: false, error: `The community is already ${from}.` };
  if (!ALLOWED[from].includes(to)) {
    const options = ALLOWED[from];
    return {
      ok: false,
      error: options.length
        ? `A ${from} community can't become ${to}. It can become: ${options.join(', ')}.`
        : `A closed community can't be changed.`,
    };
  }
  const trimmed = reason.trim();
  if (trimmed.length === 0) return { ok: false, error: 'Give a reason for the change.' };
  if (trimmed.length > 1000) return { ok: false, error: 'The reason must be 1,000 characters or fewer.' };
  return { ok: true, to, reason: trimmed };
}
