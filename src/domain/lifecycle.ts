/** Community lifecycle: proposed → forming → launched → dormant → closed, and only these moves. */
import type { CommunityStatus } from './models';

const ALLOWED: Record<CommunityStatus, readonly CommunityStatus[]> = {
  proposed: ['forming', 'closed'],
  forming: ['launched', 'proposed', 'closed'],
  launched: ['dormant', 'closed'],
  dormant: ['launched', 'closed'],
  closed: [],
};

/** Why a change was refused, as a code the UI puts into words (its loc/ strings); the domain has none. */
export type TransitionProblem =
  | { code: 'alreadyThere'; from: CommunityStatus }
  | { code: 'notAllowed'; from: CommunityStatus; to: CommunityStatus; options: readonly CommunityStatus[] }
  | { code: 'closed' }
  | { code: 'reasonMissing' }
  | { code: 'reasonTooLong'; max: number };

export type TransitionResult = { ok: true; to: CommunityStatus; reason: string } | { ok: false; problem: TransitionProblem };

/** The longest reason a status change keeps (StatusReason is a Note; the history shows it whole). */
export const MAX_REASON = 1000;

export function allowedTransitions(from: CommunityStatus): readonly CommunityStatus[] {
  return ALLOWED[from];
}

/** Checks a status change; every change carries a reason, so the history says why. */
export function transition(from: CommunityStatus, to: CommunityStatus, reason: string): TransitionResult {
  if (from === to) return { ok: false, problem: { code: 'alreadyThere', from } };
  if (!ALLOWED[from].includes(to)) {
    const options = ALLOWED[from];
    return { ok: false, problem: options.length ? { code: 'notAllowed', from, to, options } : { code: 'closed' } };
  }
  const trimmed = reason.trim();
  if (trimmed.length === 0) return { ok: false, problem: { code: 'reasonMissing' } };
  if (trimmed.length > MAX_REASON) return { ok: false, problem: { code: 'reasonTooLong', max: MAX_REASON } };
  return { ok: true, to, reason: trimmed };
}
