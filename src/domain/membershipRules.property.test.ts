/**
 * Counts can't be forged (threat A6 in tests/security/README.md): whatever items members write —
 * duplicates, any status they like on their own items — each person counts at most once per
 * community, and where the gardeners approve, only SharePoint's approval makes anyone count.
 */
import fc from 'fast-check';
import { countMembers, effectiveStatus, type CountableMembership } from './membershipRules';
import { JOIN_POLICIES, MEMBERSHIP_LEVELS, MEMBERSHIP_STATUSES, type Community } from './models';

const communitiesArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) => fc.constantFrom(...JOIN_POLICIES).map((joinPolicy): Pick<Community, 'id' | 'joinPolicy'> => ({ id, joinPolicy }))),
    ),
  );

const rowArb: fc.Arbitrary<CountableMembership> = fc.record({
  communityId: fc.integer({ min: 0, max: 7 }),
  memberId: fc.integer({ min: 1, max: 8 }),
  level: fc.constantFrom(...MEMBERSHIP_LEVELS),
  status: fc.constantFrom(...MEMBERSHIP_STATUSES),
  approval: fc.constantFrom('approved' as const, 'rejected' as const, 'pending' as const),
});

describe('member counts under forged items', () => {
  it('count each person at most once per community, and only as approval and join policy allow', () => {
    fc.assert(
      fc.property(communitiesArb, fc.array(rowArb, { maxLength: 40 }), (communities, rows) => {
        const counts = countMembers(rows, communities);
        for (const c of communities) {
          const mine = rows.filter((r) => r.communityId === c.id);
          const people = new Set(mine.map((r) => r.memberId));
          const { core, wider, pledged } = counts[c.id];
          expect(core + wider + pledged).toBeLessThanOrEqual(people.size);
          // Only people with at least one item a reader believes active count as members.
          const active = new Set(mine.filter((r) => effectiveStatus(r, c) === 'active').map((r) => r.memberId));
          expect(core + wider).toBeLessThanOrEqual(active.size);
          if (c.joinPolicy === 'approval') {
            const approved = new Set(
              mine
                .filter((r) => r.approval === 'approved' && r.status !== 'left' && r.status !== 'declined' && r.status !== 'interested')
                .map((r) => r.memberId),
            );
            expect(core + wider).toBeLessThanOrEqual(approved.size);
          }
        }
        expect(Object.keys(counts).map(Number).sort()).toEqual(communities.map((c) => c.id).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('writing more items of my own never raises a count beyond one for me', () => {
    fc.assert(
      fc.property(
        communitiesArb,
        fc.array(rowArb, { maxLength: 20 }),
        fc.array(rowArb, { minLength: 1, maxLength: 10 }),
        (communities, others, forged) => {
          const base = others.filter((r) => r.memberId !== 99);
          const mineForged = forged.map((r) => ({ ...r, memberId: 99 }));
          const before = countMembers(base, communities);
          const after = countMembers([...base, ...mineForged], communities);
          for (const c of communities) {
            const delta =
              after[c.id].core + after[c.id].wider + after[c.id].pledged - (before[c.id].core + before[c.id].wider + before[c.id].pledged);
            expect(delta === 0 || delta === 1).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
