import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Role } from '@jalin/authz';
import { OrganizationEntity } from './organization.entity';

@Entity('app_user')
@Index('app_user_email_key', { synchronize: false }) // unique on lower(email), created in the migration
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  /** Stored as typed; compared and unique in lower case. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  /** "id" (Bahasa Indonesia, default) or "en". */
  @Column({ type: 'text', default: 'id' })
  locale: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /**
   * Bumped when every session of the user ends (logout everywhere, password change or reset,
   * refresh-token reuse). Access tokens carry the version they were signed with; an older one is
   * refused. Redis holds the shared copy; this column is the truth it is rebuilt from.
   */
  @Column({ type: 'integer', default: 0 })
  sessionVersion: number;
}
