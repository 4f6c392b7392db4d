import { Injectable } from '@nestjs/common';
import { RFQ_TRANSITIONS } from '../state/rfq-transitions';
import { StatusWriter } from '../state/status-writer';
import { RfqEntity } from './entities/rfq.entity';
import { RfqStatus } from './rfq-status.enum';

/** Every change of an RFQ's status goes through here. */
@Injectable()
export class RfqStatusWriter extends StatusWriter<RfqStatus, RfqEntity> {
  constructor() {
    super(RfqEntity, RFQ_TRANSITIONS);
  }
}
