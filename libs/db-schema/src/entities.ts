import { AuditEntryEntity } from '@jalin/audit';
import { OrganizationEntity, RefreshTokenEntity, UserEntity } from '@jalin/identity';
import { OutboxEventEntity } from '@jalin/outbox';

/** Every entity of every module: the one list the data source and the migration check use. */
export const ENTITIES = [OrganizationEntity, UserEntity, RefreshTokenEntity, OutboxEventEntity, AuditEntryEntity];
