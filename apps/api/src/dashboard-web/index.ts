export { DashboardWebModule } from './dashboard-web.module';
