import { firstFrom, preload } from './preload';

describe('preloaded reads', () => {
  it('answers the first load from the preloaded read and reads afresh after that', async () => {
    const load = jest.fn(async () => 'fresh');
    const next = firstFrom(
      preload(async () => 'early'),
      load,
    );
    expect(await next()).toBe('early');
    expect(load).not.toHaveBeenCalled();
    expect(await next()).toBe('fresh');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is used once in all: a second loader (a section opened again) reads afresh', async () => {
    const early = preload(async () => 'early');
    expect(await firstFrom(early, async () => 'fresh')()).toBe('early');
    expect(await firstFrom(early, async () => 'fresh')()).toBe('fresh');
  });

  it('reads at once without a preloaded read', async () => {
    const load = jest.fn(async () => 'fresh');
    expect(await firstFrom(undefined, load)()).toBe('fresh');
  });

  it('never leaves a failed preload unhandled, and reports it to the load that took it', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    let fail: (e: Error) => void = () => undefined;
    const early = preload(() => new Promise<string>((_resolve, reject) => (fail = reject)));
    const taken = early.take();
    fail(new Error('offline'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(unhandled).not.toHaveBeenCalled();
    process.off('unhandledRejection', unhandled);
    await expect(taken).rejects.toThrow('offline');
  });

  it('drops a preload that failed before it was taken: the load after it (a retry) reads afresh', async () => {
    const early = preload(() => Promise.reject(new Error('busy')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const load = jest.fn(async () => 'fresh');
    expect(await firstFrom(early, load)()).toBe('fresh');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
