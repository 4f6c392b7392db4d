import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface ConsortiumMemberShare {
  matchId: string;
  ikmOrganizationId: string;
  quantity: number;
}

/** A group of matched IKMs that together cover an RFQ no single one can deliver in time. */
@Entity('consortium_suggestion')
@Index('consortium_suggestion_rfq_position_key', ['rfqId', 'position'], { unique: true })
export class ConsortiumSuggestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  rfqId: string;

  /** 1 = best combined score. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'jsonb' })
  members: ConsortiumMemberShare[];

  @Column({ type: 'int' })
  coveredQuantity: number;

  @Column({ type: 'double precision' })
  score: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
