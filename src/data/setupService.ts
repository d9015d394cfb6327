import { SPCollection, type SPFI } from '@pnp/sp';
import type { ISetupService, SetupReport } from '../domain/services';
import { LIST_SCHEMA } from '../schema/lists';
import { readsOf } from './readBatcher';

function isNotFound(e: unknown): boolean {
  const status = (e as { status?: number }).status;
  return status === 404;
}

export class SetupService implements ISetupService {
  constructor(private readonly sp: SPFI) {}

  /**
   * Every list's fields in one $batch, together with whatever else the view reads at that moment
   * (see readBatcher), so the check costs no round trip of its own; a missing list is reported,
   * never thrown, so every web part can say "setup needed".
   */
  public async check(): Promise<SetupReport> {
    const reads = readsOf(this.sp);
    // Lists older sites work without are not asked for (setup makes them).
    const required = LIST_SCHEMA.filter((spec) => !spec.optional);
    // Each part settles on its own; a 404 for one list must not hide the others.
    const settled = await Promise.allSettled(
      required.map((spec) =>
        // The list's fields by path, so every page's check doesn't bring @pnp/sp/fields into its first render.
        reads.read<Array<{ InternalName: string }>>(
          SPCollection(this.sp.web.lists.getByTitle(spec.title), 'fields').select('InternalName'),
        ),
      ),
    );
    const results = settled.map((r, i) => {
      const spec = required[i];
      if (r.status === 'rejected') {
        if (isNotFound(r.reason)) return { spec, missing: [] as string[], exists: false };
        throw r.reason;
      }
      const names = new Set(r.value.map((f: { InternalName: string }) => f.InternalName));
      return {
        spec,
        missing: spec.fields.filter((f) => !f.optional && !names.has(f.name)).map((f) => `${spec.title}: ${f.name}`),
        exists: true,
      };
    });
    const missingLists = results.filter((r) => !r.exists).map((r) => r.spec.title);
    const missingFields = results.flatMap((r) => r.missing);
    return { ready: missingLists.length === 0 && missingFields.length === 0, missingLists, missingFields };
  }

  public async provision(onProgress?: (step: string) => void): Promise<string[]> {
    // Setting up is a site owner's rare action: its code loads only then, in its own chunk.
    const [{ provision }, { syncGardenerApprovers }] = await Promise.all([
      import(/* webpackChunkName: 'cop-hub-setup' */ '../schema/provision'),
      import(/* webpackChunkName: 'cop-hub-setup' */ './gardenerApprovers'),
    ]);
    const changes = await provision(this.sp, onProgress);
    // Gardeners change after their folder was made; repairing brings the folders' approvers along.
    return [...changes, ...(await syncGardenerApprovers(this.sp, onProgress))];
  }
}
