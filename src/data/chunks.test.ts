import { chunks } from './chunks';

describe('chunks', () => {
  it('splits values into chunks of at most the size, in order, the last shorter', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks(['a', 'b'], 15)).toEqual([['a', 'b']]);
    expect(chunks([], 15)).toEqual([]);
  });
});
