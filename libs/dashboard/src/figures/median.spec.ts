import { medianOfHistogram } from './median';

describe('medianOfHistogram', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(medianOfHistogram(new Map([[3, 1], [1, 1], [10, 1]]))).toBe(3);
    expect(medianOfHistogram(new Map([[2, 2], [5, 2]]))).toBe(3.5);
    expect(medianOfHistogram(new Map([[4, 3], [100, 1]]))).toBe(4);
  });

  it('is null without values', () => {
    expect(medianOfHistogram(new Map())).toBeNull();
    expect(medianOfHistogram(new Map([[5, 0]]))).toBeNull();
  });
});
