export { DateScalar, isCalendarDate } from './scalars/date.scalar';
export { DateTimeScalar } from './scalars/date-time.scalar';
export { IdrScalar, MAX_RUPIAH, MAX_RUPIAH_TEXT } from './scalars/idr.scalar';
export { JsonScalar } from './scalars/json.scalar';
export { PageInfoType } from './pagination/page-info.type';
export { ConnectionType, Connection } from './pagination/connection.type';
export { pageSize, encodeCursor, decodeCursor, type CursorPart, toConnection, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination/page-args';
export { requestLoader } from './request-loader';
