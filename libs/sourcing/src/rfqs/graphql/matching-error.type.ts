import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchingFailureCode } from '../matching-failure/matching-failure-code.enum';

registerEnumType(MatchingFailureCode, { name: 'MatchingFailureCode', description: 'Why the matching of an RFQ failed' });

@ObjectType('MatchingError', { description: "Why matching failed: a stable code and a text in the reader's language" })
export class MatchingErrorType {
  @Field(() => MatchingFailureCode)
  code: MatchingFailureCode;

  @Field()
  message: string;
}
