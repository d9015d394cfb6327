/**
 * The session arithmetic (`domain/rhythm`: rrule and time zones) in its own chunk, fetched beside
 * the events it expands (the bench counts `-sessions` chunks as loaded with that read), so the first
 * view's code carries neither library. Webpack keeps the module once fetched: calling again is free.
 */
export type RhythmModule = typeof import('../domain/rhythm');

export const loadRhythm = (): Promise<RhythmModule> => import(/* webpackChunkName: 'cop-rhythm-sessions' */ '../domain/rhythm');
