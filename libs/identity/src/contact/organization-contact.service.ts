import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { OrganizationEntity } from '../entities/organization.entity';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { OrganizationContactInput } from './organization-contact.input';

/** An organization chooses what its counterparties see of it on deals. */
@Injectable()
export class OrganizationContactService {
  constructor(private readonly tx: TransactionRunner) {}

  async share(organizationId: string, input: OrganizationContactInput): Promise<OrganizationEntity> {
    return this.tx.run(async (manager) => {
      const organization = await manager.findOne(OrganizationEntity, { where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw new IdentityException(IdentityErrorCode.USER_NOT_FOUND, 'This organization no longer exists');
      organization.contactPerson = input.contactPerson?.trim() || null;
      organization.contactPhone = input.phone?.trim() || null;
      organization.contactEmail = input.email?.trim() || null;
      return manager.save(organization);
    });
  }
}
