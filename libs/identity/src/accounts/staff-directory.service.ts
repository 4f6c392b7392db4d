import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@jalin/authz';
import { CreatedAtPage, createdAtPage } from '@jalin/graphql-core';
import { UserEntity } from '../entities/user.entity';

/** The DINAS and ADMIN accounts, in the order they were created. */
@Injectable()
export class StaffDirectory {
  page(manager: EntityManager, first: number | null | undefined, after: string | null | undefined): Promise<CreatedAtPage<UserEntity>> {
    const staff = manager.createQueryBuilder(UserEntity, 'u').where('u.role IN (:...roles)', { roles: [Role.DINAS, Role.ADMIN] });
    return createdAtPage(staff, 'u', first, after);
  }
}
