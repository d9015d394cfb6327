/**
 * Registrations in memory, as SharePoint keeps them: the registrant is whoever is signed in, only
 * they remove their own, and each write gets the next id and the time it was made.
 */
import type { Registration } from '../../domain/models';
import type { IRegistrationService } from '../../domain/services';

export type FakeRegistrations = IRegistrationService & { items: Registration[]; as(me: { id: number; name: string }): void };

export function fakeRegistrations(
  me: { id: number; name: string },
  initial: Registration[] = [],
  clock: () => Date = () => new Date(),
): FakeRegistrations {
  let who = me;
  let nextId = Math.max(0, ...initial.map((r) => r.id)) + 1;
  const fake: FakeRegistrations = {
    items: [...initial],
    as(next) {
      who = next;
    },
    forEvents: async (ids) => fake.items.filter((r) => ids.includes(r.eventId)),
    // The fake files every registration in its event's community folder, which the test's events name.
    forCommunity: async () => [...fake.items],
    forCommunities: async () => [...fake.items],
    forHub: async () => fake.items.filter((r) => r.folderCommunityId === 0),
    async register(event, occurrenceStart) {
      const at = clock().toISOString();
      const r: Registration = {
        id: nextId++,
        eventId: event.id,
        occurrenceStart: occurrenceStart?.toISOString(),
        registrantId: who.id,
        registrantName: who.name,
        created: at,
        modified: at,
        folderCommunityId: event.communityId > 0 ? event.communityId : 0,
      };
      fake.items.push(r);
      return r;
    },
    async cancel(r) {
      const stored = fake.items.find((x) => x.id === r.id);
      if (!stored) throw Object.assign(new Error('Not found'), { status: 404 });
      if (stored.registrantId !== who.id) throw Object.assign(new Error('Access denied'), { status: 403 });
      fake.items = fake.items.filter((x) => x.id !== r.id);
    },
  };
  return fake;
}
