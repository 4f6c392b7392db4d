import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('KbliCode', { description: 'A KBLI activity code with the KBLI edition it belongs to' })
export class KbliCodeType {
  @Field({ description: '5 digits, e.g. "25910"' })
  code: string;

  @Field({ description: '"2020" or "2025"' })
  version: string;
}
