import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ProfileVerificationEntity } from '../entities/profile-verification.entity';
import { VerifyingOfficerType } from './verifying-officer.type';

@ObjectType('ProfileVerification', { description: 'One verification by a Dinas officer; cleared ones stay in the history' })
export class ProfileVerificationType {
  @Field(() => ID)
  id: string;

  @Field(() => VerifyingOfficerType, { description: 'The Dinas officer, by name and office' })
  verifiedBy: VerifyingOfficerType;

  @Field()
  verifiedAt: Date;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When a later change voided this verification' })
  clearedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided, e.g. CERTIFICATIONS_CHANGED' })
  clearedReason: string | null;

  static from(entity: ProfileVerificationEntity): ProfileVerificationType {
    return {
      id: entity.id,
      verifiedBy: VerifyingOfficerType.from(entity.verifiedBy!),
      verifiedAt: entity.verifiedAt,
      note: entity.note,
      clearedAt: entity.clearedAt,
      clearedReason: entity.clearedReason,
    };
  }
}
