/**
 * The programme's own words: the known practice areas and the stages' names, each a small list the
 * POD team keeps (src/schema/lists.ts). Both reads join whatever $batch the view starts with, so a
 * first render pays no round trip for them; a site set up before the lists existed reads as none.
 */
import type { SPFI } from '@pnp/sp';
import { knownPracticeAreas, stageNamesFrom, STAGE_NAME_MAX, type ProgrammeSettings, type StageNames } from '../domain/programme';
import type { IProgrammeService } from '../domain/services';
import type { CommunityStatus } from '../domain/models';
import { LIST_TITLES } from '../schema/lists';
import { readsOf } from './readBatcher';

/** More areas than any programme names; one read. */
const MOST_AREAS = 500;

function orNoneWhenMissing<T>(read: Promise<T[]>): Promise<T[]> {
  return read.catch((e: unknown) => {
    if ((e as { status?: number }).status === 404) return [];
    throw e;
  });
}

/** SharePoint sends null for an empty column; read with ?? like undefined. */
interface StageRow {
  Id: number;
  Title?: string;
  Stage?: string;
}

export class ProgrammeService implements IProgrammeService {
  constructor(private readonly sp: SPFI) {}

  public async settings(): Promise<ProgrammeSettings> {
    const reads = readsOf(this.sp);
    // Both queued in this turn, so they travel in the same $batch as the view's other first reads.
    const [areas, stages] = await Promise.all([
      orNoneWhenMissing(
        reads.read<Array<{ Title?: string }>>(
          this.sp.web.lists.getByTitle(LIST_TITLES.practiceAreas).items.select('Title').top(MOST_AREAS),
        ),
      ),
      orNoneWhenMissing(
        reads.read<StageRow[]>(
          this.sp.web.lists.getByTitle(LIST_TITLES.stageNames).items.select('Id', 'Title', 'Stage').orderBy('Id').top(100),
        ),
      ),
    ]);
    return {
      practiceAreas: knownPracticeAreas(areas.map((a) => a.Title ?? '')),
      stageNames: stageNamesFrom(stages.map((r) => ({ stage: r.Stage ?? '', name: r.Title ?? '' }))),
    };
  }

  public async renameStages(names: StageNames): Promise<StageNames> {
    const list = this.sp.web.lists.getByTitle(LIST_TITLES.stageNames);
    const rows = (await list.items.select('Id', 'Title', 'Stage').orderBy('Id').top(100)()) as StageRow[];
    const [batched, execute] = this.sp.batched();
    const target = batched.web.lists.getByTitle(LIST_TITLES.stageNames);
    const writes: Array<Promise<unknown>> = [];
    for (const [stage, raw] of Object.entries(names) as Array<[CommunityStatus, string | undefined]>) {
      const name = (raw ?? '').trim().slice(0, STAGE_NAME_MAX);
      const mine = rows.filter((r) => r.Stage === stage);
      // A cleared name goes back to CoP Hub's words: the stage's items are removed.
      if (!name) mine.forEach((r) => writes.push(target.items.getById(r.Id).delete()));
      else if (mine.length === 0) writes.push(target.items.add({ Title: name, Stage: stage }));
      else if (mine[mine.length - 1].Title !== name) writes.push(target.items.getById(mine[mine.length - 1].Id).update({ Title: name }));
    }
    if (writes.length) {
      await execute();
      await Promise.all(writes);
    }
    return (await this.settings()).stageNames;
  }
}
