import { Field, InputType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { ProfileFilter } from '../read/profile-filter';
import { Sector } from '../sector.enum.graphql';

/** Every given criterion must hold. Codes are checked against the taxonomy (unknown: BAD_USER_INPUT). */
@InputType('ProfileFilter')
export class ProfileFilterInput implements ProfileFilter {
  @Field(() => Sector, { nullable: true })
  @Allow()
  sector?: Sector | null;

  @Field(() => [String], { nullable: true, description: 'Profiles offering all of these processes' })
  @Allow()
  processes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Profiles working all of these materials' })
  @Allow()
  materials?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Profiles holding all of these certifications, each valid today' })
  @Allow()
  certifications?: string[] | null;

  @Field(() => String, { nullable: true })
  @Allow()
  kecamatanCode?: string | null;

  @Field(() => Boolean, { nullable: true })
  @Allow()
  verified?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words that must all appear in the organization name or the machines' })
  @Allow()
  search?: string | null;
}
