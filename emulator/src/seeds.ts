/**
 * Seeds for `--seed`: 'none' is the bare site (its users and the Owners/Members/Visitors groups,
 * which initSharePoint already creates); 'demo' provisions the lists from the project's schema and
 * fills them with the demo programme (seed/demo.ts); 'scale' builds a large organisation's hub
 * (seed/scale.ts, sizes configurable).
 */
import { seedDemo } from './seed/demo.ts';
import { DEFAULT_SCALE, seedScale, type ScaleSizes } from './seed/scale.ts';
import { indexedAfterward } from './sharepoint/search/index.ts';
import { bulkLoad } from './sharepoint/internal.ts';
import type { EmuContext } from './types.ts';

export type SeedName = 'none' | 'demo' | 'scale';
export type SeedFn = (ctx: EmuContext) => void | Promise<void>;

export const SEEDS: Record<SeedName, SeedFn> = {
  none: () => undefined,
  demo: (ctx) => seedDemo(ctx),
  scale: (ctx) => indexedAfterward(ctx, () => bulkLoad(ctx, () => seedScale(ctx))),
};

/** The scale seed at other sizes (`--seed scale --communities 500 …`). */
export function scaleSeed(sizes: Partial<ScaleSizes>): SeedFn {
  return (ctx) => indexedAfterward(ctx, () => bulkLoad(ctx, () => seedScale(ctx, { ...DEFAULT_SCALE, ...sizes })));
}
