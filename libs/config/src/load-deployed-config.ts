import { AppConfig, NodeEnv } from './app-config';
import { loadConfig } from './load-config';

/**
 * The configuration of a deployed process (apps/api and apps/worker main.ts): NODE_ENV unset is
 * production, and is written back to process.env so the libraries that read it themselves
 * (Express, Apollo) agree with the config.
 */
export function loadDeployedConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const config = loadConfig(env, { unsetNodeEnv: NodeEnv.Production });
  env.NODE_ENV = config.NODE_ENV;
  return config;
}
