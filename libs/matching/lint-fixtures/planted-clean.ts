/** The same code done right (the control for planted-violations.ts): lints clean. */
import { validateNewRfq } from '@jalin/sourcing';

async function later(): Promise<void> {}

export async function planted(): Promise<unknown> {
  await later();
  return validateNewRfq;
}
