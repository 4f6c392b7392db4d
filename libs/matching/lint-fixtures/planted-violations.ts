/**
 * Planted violations for test/unit/lint/lint-fails-on-planted.spec.ts: `npm run lint` ignores
 * this folder; the test lints it with --no-ignore and expects these exact findings.
 */
import { validateNewRfq } from '../../sourcing/src/rfqs/validate-new-rfq';

async function later(): Promise<void> {}

export function planted(): unknown {
  later();
  return validateNewRfq;
}
