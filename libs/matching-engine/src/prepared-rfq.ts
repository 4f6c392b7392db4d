import type { RfqSpec } from './rfq-spec';
import { assertValidRfq } from './validate-rfq';

/** A validated RFQ with its code lists de-duplicated once, before the per-profile loop. */
export interface PreparedRfq extends RfqSpec {
  readonly processes: readonly string[];
  readonly materials: readonly string[];
  readonly requiredCertifications: readonly string[];
}

export function prepareRfq(rfq: RfqSpec): PreparedRfq {
  assertValidRfq(rfq);
  return {
    ...rfq,
    processes: uniqueInOrder(rfq.processes),
    materials: uniqueInOrder(rfq.materials),
    requiredCertifications: uniqueInOrder(rfq.requiredCertifications),
  };
}

function uniqueInOrder(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}
