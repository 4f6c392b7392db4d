import { DomainException } from '@jalin/errors';

export enum ProfilesErrorCode {
  /** No profile with this id, or one the caller may not see. */
  PROFILE_NOT_FOUND = 'PROFILE_NOT_FOUND',
  /** The caller's organization is gone or is not an IKM. */
  NOT_AN_IKM = 'NOT_AN_IKM',
  /** Verification history is for the Dinas, admins and the IKM itself. */
  VERIFICATIONS_HIDDEN = 'VERIFICATIONS_HIDDEN',
}

export class ProfilesException extends DomainException<ProfilesErrorCode> {
  readonly module = 'profiles';

  static notFound(): ProfilesException {
    return new ProfilesException(ProfilesErrorCode.PROFILE_NOT_FOUND, 'Capability profile not found');
  }
}
