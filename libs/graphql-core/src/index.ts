export { DateScalar } from './scalars/date.scalar';
export { DateTimeScalar } from './scalars/date-time.scalar';
export { IdrScalar, MAX_RUPIAH, MAX_RUPIAH_TEXT } from './scalars/idr.scalar';
export { JsonScalar } from './scalars/json.scalar';

export { ConnectionType, Connection } from './pagination/connection.type';
export { pageSize, encodeCursor, decodeCursor, toConnection, MAX_PAGE_SIZE } from './pagination/page-args';
export { requestLoader } from './request-loader';

export { CreatedAtPage, createdAtConnection, createdAtPage } from './pagination/created-at-page';
