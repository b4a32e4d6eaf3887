import { ratio, summarise } from './stats';

describe('summarise', () => {
  it('gives the median, the nearest-rank p95 and the extremes', () => {
    const timing = summarise([5, 1, 4, 2, 3, 10, 6, 9, 7, 8]);
    expect(timing).toMatchObject({
      runs: 10,
      median: 5.5,
      p95: 10,
      min: 1,
      max: 10,
    });
  });

  it('takes the middle sample of an odd count', () => {
    expect(summarise([3, 1, 2]).median).toBe(2);
  });
});

describe('ratio', () => {
  it('divides ours by stock to two decimals', () => {
    expect(ratio(1, 3)).toBe(0.33);
  });
});
