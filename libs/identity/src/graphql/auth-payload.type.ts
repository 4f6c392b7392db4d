import { Field, ObjectType } from '@nestjs/graphql';
import { Session } from '../auth/session.service';
import { UserType } from './user.type';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Short-lived JWT for the Authorization header' })
  accessToken: string;

  @Field({ description: 'Opaque; works once, then refreshSession hands out the next one' })
  refreshToken: string;

  @Field(() => UserType)
  user: UserType;

  static from(session: Session): AuthPayloadType {
    return { accessToken: session.accessToken, refreshToken: session.refreshToken, user: UserType.from(session.user, true) };
  }
}
