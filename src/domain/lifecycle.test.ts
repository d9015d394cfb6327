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
});
