export { AppConfig, NodeEnv, INSECURE_DEV_JWT_SECRET } from './app-config';
export { loadConfig, InvalidConfigError, type LoadConfigOptions } from './load-config';
export { loadDeployedConfig } from './load-deployed-config';
export { REFUSED_JWT_SECRETS } from './refused-jwt-secrets';
export { ConfigModule } from './config.module';
