import { DealSide } from '../deal-status.enum';
import { checkRating } from './check-rating';

describe('deal ratings', () => {
  it('asks buyers for quality and delivery, IKMs for payment punctuality', () => {
    expect(checkRating(DealSide.BUYER, { quality: 5, delivery: 4, comment: 'Rapi' })).toEqual([]);
    expect(checkRating(DealSide.IKM, { paymentPunctuality: 3 })).toEqual([]);
    expect(checkRating(DealSide.BUYER, { quality: 5 }).map((i) => i.field)).toEqual(['input.delivery']);
    expect(checkRating(DealSide.IKM, { paymentPunctuality: 5, quality: 2 }).map((i) => i.field)).toEqual(['input.quality']);
    expect(checkRating(DealSide.BUYER, { quality: 5, delivery: 5, paymentPunctuality: 1 }).map((i) => i.field)).toEqual(['input.paymentPunctuality']);
  });

  it('refuses scores outside 1..5 and fractions', () => {
    for (const bad of [0, 6, -1, 2.5]) expect(checkRating(DealSide.IKM, { paymentPunctuality: bad })).toHaveLength(1);
  });
});
