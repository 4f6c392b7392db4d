export { AppConfig, NodeEnv } from './app-config';
export { loadConfig, InvalidConfigError } from './load-config';
export { loadDeployedConfig } from './load-deployed-config';
export { REFUSED_JWT_SECRETS } from './refused-jwt-secrets';
export { ConfigModule } from './config.module';
