import type { VerificationDetails } from '../factor-details';
import type { FactorResult } from './factor-result';

/** An unverified profile is not presumed bad, only unconfirmed. */
export const UNVERIFIED_VALUE = 0.5;

export function verificationFit(verified: boolean): FactorResult<VerificationDetails> {
  return { value: verified ? 1 : UNVERIFIED_VALUE, details: { verified } };
}
