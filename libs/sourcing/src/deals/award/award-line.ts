/** One line of an award: part (or all) of one quote's quantity. */
export interface AwardLine {
  quoteId: string;
  quantity: number;
}
