import { allowedTransitions, transition } from './lifecycle';

describe('community lifecycle', () => {
  it('allows forming → launched with a reason', () => {
    expect(transition('forming', 'launched', ' Founding target reached ')).toEqual({ ok: true, to: 'launched', reason: 'Founding target reached' });
  });
  it('refuses a jump that skips a stage, naming the allowed moves', () => {
    const r = transition('proposed', 'launched', 'Keen');
    expect(r).toEqual({ ok: false, error: "A proposed community can't become launched. It can become: forming, closed." });
  });
  it('refuses any change to a closed community', () => {
    expect(allowedTransitions('closed')).toEqual([]);
    expect(transition('closed', 'launched', 'Revive')).toEqual({ ok: false, error: "A closed community can't be changed." });
  });
  it('needs a reason', () => {
    expect(transition('launched', 'dormant', '   ')).toEqual({ ok: false, error: 'Give a reason for the change.' });
  });
  it('refuses a no-op', () => {
    expect(transition('launched', 'launched', 'x')).toEqual({ ok: false, error: 'The community is already launched.' });
  });
  it('limits the reason to 1,000 characters', () => {
    expect(transition('launched', 'dormant', 'x'.repeat(1000))).toEqual({ ok: true, to: 'dormant', reason: 'x'.repeat(1000) });
    expect(transition('launched', 'dormant', 'x'.repeat(1001))).toEqual({ ok: false, error: 'The reason must be 1,000 characters or fewer.' });
  });
  it('passes exactly the moves of the lifecycle, and refuses every other', () => {
    const statuses = ['proposed', 'forming', 'launched', 'dormant', 'closed'] as const;
    const passed = statuses.flatMap((from) => statuses.filter((to) => transition(from, to, 'why').ok).map((to) => `${from}>${to}`));
    expect(passed).toEqual([
      'proposed>forming', 'proposed>closed',
      'forming>proposed', 'forming>launched', 'forming>closed',
      'launched>dormant', 'launched>closed',
      'dormant>launched', 'dormant>closed',
    ]);
  });
});
