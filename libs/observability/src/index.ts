export { ObservabilityModule, requestIdOf } from './logger.module';
