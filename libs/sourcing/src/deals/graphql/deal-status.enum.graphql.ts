import { registerEnumType } from '@nestjs/graphql';
import { DealSide, DealStatus } from '../deal-status.enum';

registerEnumType(DealStatus, { name: 'DealStatus' });
registerEnumType(DealSide, { name: 'DealSide', description: 'The party of a deal: its buyer or its IKM' });

export { DealSide, DealStatus };
