/**
 * Sends the reads a view starts together as one SharePoint `$batch`. A web part's first render
 * asks several services at once (the setup check, the communities, who I am); each of those is one
 * GET, and Page Diagnostics counts every round trip. Reads queued within the same turn of the event
 * loop go out together, at most 20 to a batch (the project's batch size, see the emulator); a read
 * alone goes out as itself. Each read still resolves or fails on its own, as batch parts do.
 *
 * A queued read must be one request (an items, item or fields query), not a function that awaits
 * something first: PnPjs needs every part registered before the batch is sent.
 *
 * What groups reads is therefore the synchronous code that starts them, never React's rendering: a
 * view's first reads start together in one call from an effect (useEarlyReads), and the effects of
 * one commit run in one synchronous flush, so they land in the same turn however React schedules
 * renders (React 18 may render more than once, or in slices; renders start no reads here).
 */
import type { SPFI } from '@pnp/sp';
import { createBatch } from '@pnp/sp/batching';
import type { TimelinePipe } from '@pnp/core';

/** A PnPjs request that can join a batch: it takes behaviours and sends itself when invoked. */
export interface BatchableRead<T> {
  using(...behaviors: TimelinePipe[]): unknown;
  (): Promise<T>;
}

interface Queued {
  query: BatchableRead<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

const BATCH_PARTS = 20;

export class ReadBatcher {
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(private readonly sp: SPFI) {}

  public read<T>(query: BatchableRead<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ query, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setTimeout(() => this.flush(), 0);
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const work = this.queue.splice(0);
    if (work.length === 1) {
      work[0].query().then(work[0].resolve, work[0].reject);
      return;
    }
    for (let i = 0; i < work.length; i += BATCH_PARTS) {
      const chunk = work.slice(i, i + BATCH_PARTS);
      const [register, execute] = createBatch(this.sp.web);
      const parts = chunk.map((w) => {
        w.query.using(register);
        return w.query();
      });
      parts.forEach((p, k) => p.then(chunk[k].resolve, chunk[k].reject));
      // When the batch itself fails (network, throttling past the retries) no part would settle.
      execute().catch((e: unknown) => chunk.forEach((w) => w.reject(e)));
    }
  }
}

const batchers = new WeakMap<SPFI, ReadBatcher>();

/** The batcher shared by every service built over this client, so their reads can travel together. */
export function readsOf(sp: SPFI): ReadBatcher {
  let b = batchers.get(sp);
  if (!b) {
    b = new ReadBatcher(sp);
    batchers.set(sp, b);
  }
  return b;
}
