import type { ProfileColumns } from './profile-columns';

/** The K best (score desc, then profile id asc) slots seen so far, kept sorted; K is small. */
export class TopK {
  private readonly scores: Float64Array;
  private readonly held: Int32Array;
  private count = 0;

  constructor(private readonly k: number, private readonly columns: ProfileColumns) {
    this.scores = new Float64Array(k);
    this.held = new Int32Array(k);
  }

  /** The score a newcomer must reach: the threshold until K are held, then the K-th best. */
  bar(threshold: number): number {
    return this.count < this.k ? threshold : this.scores[this.k - 1];
  }

  offer(slot: number, score: number): void {
    if (this.count === this.k && !this.before(score, slot, this.k - 1)) return;
    let at = Math.min(this.count, this.k - 1);
    while (at > 0 && this.before(score, slot, at - 1)) {
      this.scores[at] = this.scores[at - 1];
      this.held[at] = this.held[at - 1];
      at--;
    }
    this.scores[at] = score;
    this.held[at] = slot;
    if (this.count < this.k) this.count++;
  }

  slots(): number[] {
    return Array.from(this.held.subarray(0, this.count));
  }

  private before(score: number, slot: number, at: number): boolean {
    const other = this.scores[at];
    return score > other || (score === other && this.columns.compareIds(slot, this.held[at]) < 0);
  }
}
