/**
 * Upper bounds that catch typing mistakes (an extra zero or three), not business rules. An IKM
 * making 10 million pieces or 10,000 tonnes a month would no longer be small or medium.
 */
export const PROFILE_LIMITS = Object.freeze({
  maxQuantity: 10_000_000,
  maxLeadTimeDays: 365,
  maxWorkforce: 10_000,
  maxCodes: 50,
  maxCertifications: 20,
  maxKbliCodes: 20,
  maxMachines: 50,
  maxMachineLength: 200,
  maxCertificateNumberLength: 100,
  maxVerificationNoteLength: 1000,
  maxSearchLength: 100,
});
