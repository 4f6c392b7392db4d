import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { DateScalar } from '@jalin/graphql-core';
import { CertificationRecord } from '../profile-content';
import { isExpired } from '../wib-date';

@ObjectType('Certification')
export class CertificationType {
  @Field({ description: 'A certification code of taxonomy.certifications' })
  code: string;

  @Field(() => String, { nullable: true })
  number: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last valid day; null = no expiry' })
  validUntil: string | null;

  @Field({ description: 'True once validUntil has passed (WIB); an expired certificate is kept but never counts as held' })
  expired: boolean;

  static from(record: CertificationRecord, today: string): CertificationType {
    return { code: record.code, number: record.number, validUntil: record.validUntil, expired: isExpired(record.validUntil, today) };
  }
}

@InputType('CertificationInput')
export class CertificationInput {
  @Field()
  @Allow()
  code: string;

  @Field(() => String, { nullable: true })
  @Allow()
  number?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Allow()
  validUntil?: string | null;
}
