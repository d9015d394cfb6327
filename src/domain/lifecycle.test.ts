import { allowedTransitions, transition } from './lifecycle';

describe('community lifecycle', () => {
  it('allows forming → launched with a reason', () => {
    expect(transition('forming', 'launched', ' Founding target reached ')).toEqual({
      ok: true,
      to: 'launched',
      reason: 'Founding target reached',
    });
  });
  it('refuses a jump that skips a stage, naming the allowed moves', () => {
    const r = transition('proposed', 'launched', 'Keen');
    expect(r).toEqual({ ok: false, problem: { code: 'notAllowed', from: 'proposed', to: 'launched', options: ['forming', 'closed'] } });
  });
  it('refuses any change to a closed community', () => {
    expect(allowedTransitions('closed')).toEqual([]);
    expect(transition('closed', 'launched', 'Revive')).toEqual({ ok: false, problem: { code: 'closed' } });
  });
  it('needs a reason', () => {
    expect(transition('launched', 'dormant', '   ')).toEqual({ ok: false, problem: { code: 'reasonMissing' } });
  });
  it('refuses a no-op', () => {
    expect(transition('launched', 'launched', 'x')).toEqual({ ok: false, problem: { code: 'alreadyThere', from: 'launched' } });
  });
  it('limits the reason to 1,000 characters', () => {
    expect(transition('launched', 'dormant', 'x'.repeat(1000))).toEqual({ ok: true, to: 'dormant', reason: 'x'.repeat(1000) });
    expect(transition('launched', 'dormant', 'x'.repeat(1001))).toEqual({ ok: false, problem: { code: 'reasonTooLong', max: 1000 } });
  });
  it('passes exactly the moves of the lifecycle, and refuses every other', () => {
    const statuses = ['proposed', 'forming', 'launched', 'dormant', 'closed'] as const;
    const passed = statuses.flatMap((from) => statuses.filter((to) => transition(from, to, 'why').ok).map((to) => `${from}>${to}`));
    expect(passed).toEqual([
      'proposed>forming',
      'proposed>closed',
      'forming>proposed',
      'forming>launched',
      'forming>closed',
      'launched>dormant',
      'launched>closed',
      'dormant>launched',
      'dormant>closed',
    ]);
  });
});
