import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MatchType } from './match.type';

@ObjectType('ConsortiumShare')
export class ConsortiumShareType {
  @Field(() => MatchType)
  match: MatchType;

  @Field(() => Int, { description: 'Suggested part of the RFQ quantity for this member' })
  quantity: number;
}

@ObjectType('ConsortiumSuggestion')
export class ConsortiumSuggestionType {
  @Field(() => [MatchType])
  members: MatchType[];

  @Field(() => [ConsortiumShareType], { description: 'How the quantity could be split among the members' })
  shares: ConsortiumShareType[];

  @Field(() => Int)
  coveredQuantity: number;

  @Field(() => Float, { description: 'Quantity-weighted score of the members' })
  score: number;
}
