import { ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { UserType } from '@jalin/identity';
import { dealUserLoader } from './deal.loaders';
import { DealEventType } from './deal.type';

@Resolver(() => DealEventType)
export class DealEventResolver {
  constructor(private readonly tx: TransactionRunner) {}

  @ResolveField(() => UserType, { nullable: true, description: 'Who took the step (null for demo data)' })
  async by(event: DealEventType, _args: unknown, ctx: RequestContext): Promise<UserType | null> {
    if (!event.byUserId) return null;
    const user = await dealUserLoader(ctx, this.tx.manager).load(event.byUserId);
    return user ? UserType.from(user) : null;
  }
}
