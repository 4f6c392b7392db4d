import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('ScoreComponent')
export class ScoreComponentType {
  @Field({ description: 'PROCESS_COVERAGE, MATERIAL_COVERAGE, CAPACITY_FIT, DISTANCE, LEAD_TIME_FIT, VERIFICATION, TRACK_RECORD, FAIRNESS' })
  factor: string;

  @Field(() => Float)
  weight: number;

  @Field(() => Float, { description: '0..1' })
  value: number;

  @Field({ description: "One sentence in the reader's language" })
  explanation: string;
}
