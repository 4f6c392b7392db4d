import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { Allow } from 'class-validator';

/** WGS84 degrees. Shared by profiles and, later, RFQ delivery locations: import it, do not redeclare. */
@ObjectType('GeoPoint')
export class GeoPointType {
  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;
}

/** Checked by validateGeoPoint of @jalin/taxonomy (finite, in range, inside Indonesia). */
@InputType('GeoPointInput')
export class GeoPointInput {
  @Field(() => Float)
  @Allow()
  lat: number;

  @Field(() => Float)
  @Allow()
  lng: number;
}
