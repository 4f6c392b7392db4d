/** Every event a module may write to the outbox. Values are stable: they are stored in rows. */
export enum DomainEventName {
  UserRegistered = 'identity.user-registered',
  StaffAccountCreated = 'identity.staff-account-created',
  RefreshTokenReuseDetected = 'identity.refresh-token-reuse-detected',
  ProfileCreated = 'profiles.profile-created',
  ProfileChanged = 'profiles.profile-changed',
  ProfileVerified = 'profiles.profile-verified',
  RfqMatchingRequested = 'rfqs.matching-requested',
  RfqCancelled = 'rfqs.cancelled',
  RfqMatched = 'matching.rfq-matched',
  RfqMatchingFailed = 'matching.failed',
  MatchDeclined = 'matching.match-declined',
}
