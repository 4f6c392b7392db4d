import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow } from 'class-validator';

@ObjectType('Capacity', { description: 'Per month' })
export class CapacityType {
  @Field(() => Int)
  quantity: number;

  @Field({ description: 'A unit code of taxonomy.units, e.g. "pcs", "kg"' })
  unit: string;
}

@InputType('CapacityInput')
export class CapacityInput {
  @Field(() => Int)
  @Allow()
  quantity: number;

  @Field({ description: 'A unit code of taxonomy.units, e.g. "pcs", "kg"' })
  @Allow()
  unit: string;
}
