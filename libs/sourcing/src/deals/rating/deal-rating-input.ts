/** A rating as the service receives it; which scores are required depends on the rater's side. */
export interface DealRatingInput {
  quality?: number | null;
  delivery?: number | null;
  paymentPunctuality?: number | null;
  comment?: string | null;
}
