import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@jalin/graphql-core';
import { MatchStatus } from './match-status.enum.graphql';

/** A match as read: the rank is its place among the RFQ's current matches, best first. */
@ObjectType('Match')
export class MatchType {
  @Field(() => ID)
  id: string;

  rfqId: string;
  ikmOrganizationId: string;
  profileId: string;
  /** When the matched IKM first opened the RFQ; not a field: the status (VIEWED) is what others see. */
  viewedAt: Date | null;

  @Field(() => Float, { description: '0..1' })
  score: number;

  @Field(() => Int, { description: '1 = best' })
  rank: number;

  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field({ description: 'Version of the scoring engine that computed this match' })
  engineVersion: string;

  @Field(() => Int, { description: 'Quantity this IKM can deliver by neededBy at its monthly capacity' })
  deliverableQuantity: number;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}
