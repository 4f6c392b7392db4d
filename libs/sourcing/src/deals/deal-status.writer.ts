import { Injectable } from '@nestjs/common';
import { DEAL_TRANSITIONS } from '../state/deal-state-machine';
import { StatusWriter } from '../state/status-writer';
import { DealStatus } from './deal-status.enum';
import { DealEntity } from './entities/deal.entity';

/** Every change of a deal's status goes through here (who may take a step is checkDealStep's question). */
@Injectable()
export class DealStatusWriter extends StatusWriter<DealStatus, DealEntity> {
  constructor() {
    super(DealEntity, DEAL_TRANSITIONS);
  }
}
