/**
 * The session arithmetic (`domain/rhythm`: rrule and time zones) in its own chunk, fetched beside
 * the events it expands (the bench counts `-sessions` chunks as loaded with that read), so the first
 * view's code carries neither library. Webpack keeps the module once fetched: calling again is free.
 * The rhythm in words from a community's series (issue 17) comes in the same chunk.
 */
export type RhythmModule = typeof import('../domain/rhythm') & Pick<typeof import('./rhythmText'), 'communityRhythmText'>;

export const loadRhythm = (): Promise<RhythmModule> =>
  Promise.all([
    import(/* webpackChunkName: 'cop-rhythm-sessions' */ '../domain/rhythm'),
    import(/* webpackChunkName: 'cop-rhythm-sessions' */ './rhythmText'),
  ]).then(([rhythm, text]) => ({ ...rhythm, communityRhythmText: text.communityRhythmText }));
