export { AppConfig, NodeEnv, INSECURE_DEV_JWT_SECRET } from './app-config';
export { loadConfig, InvalidConfigError } from './load-config';
export { ConfigModule } from './config.module';
