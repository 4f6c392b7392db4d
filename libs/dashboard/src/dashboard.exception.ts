import { DomainException } from '@jalin/errors';

export enum DashboardErrorCode {
  /** The replica's market store could not be loaded from the database (yet). */
  DASHBOARD_UNAVAILABLE = 'DASHBOARD_UNAVAILABLE',
}

export class DashboardException extends DomainException<DashboardErrorCode> {
  readonly module = 'dashboard';

  static unavailable(): DashboardException {
    return new DashboardException(DashboardErrorCode.DASHBOARD_UNAVAILABLE, 'Dashboard figures cannot be read right now; try again in a few seconds');
  }
}
