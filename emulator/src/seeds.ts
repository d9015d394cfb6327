/**
 * Seeds for `--seed`: 'none' is the bare site (its users and the Owners/Members/Visitors groups,
 * which initSharePoint already creates); 'demo' provisions the lists from the project's schema and
 * fills them with the demo programme (seed/demo.ts).
 */
import { seedDemo } from './seed/demo.ts';
import type { EmuContext } from './types.ts';

export type SeedName = 'none' | 'demo';
export type SeedFn = (ctx: EmuContext) => void | Promise<void>;

export const SEEDS: Record<SeedName, SeedFn> = {
  none: () => undefined,
  demo: (ctx) => seedDemo(ctx),
};
