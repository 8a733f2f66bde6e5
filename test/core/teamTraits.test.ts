import fc from 'fast-check';
import { RATING_MAX, RATING_MIN, TEAM_GROUPS, TEAM_TRAITS, TRAIT_INDEX, isRating, suggestedGroup } from '../../core/methodology/teamTraits';
import { TEAM, groupLabel } from '../../core/layout/teamTab';

/** The rule as README states it, written the plain way: the mean of each group's traits, the first highest. */
function byMeans(ratings: readonly number[]): string {
  const means = TEAM_GROUPS.map((g) => g.traits.reduce((s, t) => s + ratings[TRAIT_INDEX[t]], 0) / g.traits.length);
  const best = Math.max(...means);
  return TEAM_GROUPS[means.findIndex((m) => Math.abs(m - best) < 1e-9)].key;
}

const rating = fc.integer({ min: RATING_MIN, max: RATING_MAX });
const ratings = fc.array(rating, { minLength: 5, maxLength: 5 });
const notRating = fc.oneof(fc.constantFrom(null, undefined, '', '3', ' ', true, 0, 6, 2.5, -1, NaN), fc.string());

describe('team design: the suggested group', () => {
  it('suggests exactly one group for each of the 5^5 rating combinations, the one with the highest mean (ties to the earlier group)', () => {
    const seen = new Map<string, number>();
    for (let n = 0; n < 5 ** 5; n++) {
      const r = Array.from({ length: 5 }, (_, i) => RATING_MIN + (Math.floor(n / 5 ** i) % 5));
      const group = suggestedGroup(r);
      expect(group).not.toBeNull();
      expect(TEAM_GROUPS.filter((g) => g === group)).toHaveLength(1);
      expect([r, group!.key]).toEqual([r, byMeans(r)]);
      seen.set(group!.key, (seen.get(group!.key) ?? 0) + 1);
    }
    // Every group is reachable.
    expect([...seen.keys()].sort()).toEqual(TEAM_GROUPS.map((g) => g.key).sort());
  });

  it('depends only on the five ratings: the rep, the role-play date and anything else on the row change nothing', () => {
    fc.assert(
      fc.property(ratings, fc.anything(), fc.anything(), fc.array(fc.anything(), { maxLength: 4 }), (r, rep, date, rest) => {
        const row: unknown[] = [rep, ...r, 'typed over', date, ...rest];
        const plain: unknown[] = [null, ...r];
        expect(groupLabel(row, 'zh')).toBe(groupLabel(plain, 'zh'));
        expect(groupLabel(row, 'en')).toBe(suggestedGroup(r)!.en);
        expect(row[TEAM.group]).toBe('typed over');
      }),
    );
  });

  it('suggests nothing until all five traits hold a whole number from 1 to 5', () => {
    fc.assert(
      fc.property(ratings, fc.integer({ min: 0, max: 4 }), notRating, (r, i, bad) => {
        const typed: unknown[] = [...r];
        typed[i] = bad;
        expect(isRating(bad)).toBe(false);
        expect(suggestedGroup(typed)).toBeNull();
      }),
    );
  });

  it('suggests account care for a rep strongest in pleasing and constancy, new business for a confident one, proposals for one who lacks confidence', () => {
    expect(suggestedGroup([2, 3, 3, 5, 5])!.key).toBe('accountCare');
    expect(suggestedGroup([5, 4, 4, 2, 2])!.key).toBe('newBusiness');
    expect(suggestedGroup([1, 5, 5, 3, 3])!.key).toBe('proposals');
    // All equal: the course's first group.
    expect(suggestedGroup([3, 3, 3, 3, 3])!.key).toBe('newBusiness');
  });

  it('names the five traits and three groups in both languages', () => {
    for (const x of [...TEAM_TRAITS, ...TEAM_GROUPS]) expect([x.zh.length > 0, x.en.length > 0]).toEqual([true, true]);
  });
});
