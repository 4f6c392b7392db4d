export { RfqAccess } from './rfq-access.service';
