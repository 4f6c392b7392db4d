import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { AppConfig, NodeEnv } from './app-config';
import { productionJwtSecretProblem } from './refused-jwt-secrets';

export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidConfigError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((msg) =>
      msg.startsWith(e.property) ? msg : `${e.property}: ${msg}`,
    ),
  );
}

/** Rules that span several settings, which class-validator decorators cannot express. */
function crossFieldProblems(config: AppConfig): string[] {
  const problems: string[] = [];
  const secretProblem = config.isProduction ? productionJwtSecretProblem(config.JWT_SECRET) : null;
  if (secretProblem) problems.push(secretProblem);
  if (config.isProduction && config.NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS) {
    problems.push('NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS is for tests; it must be false in production');
  }
  if (config.BOOTSTRAP_ADMIN_PASSWORD !== undefined && config.BOOTSTRAP_ADMIN_EMAIL === undefined) {
    problems.push('BOOTSTRAP_ADMIN_EMAIL is required when BOOTSTRAP_ADMIN_PASSWORD is set');
  }
  return problems;
}

export interface LoadConfigOptions {
  /**
   * NODE_ENV when the environment leaves it unset. The deployable entry points (start:api,
   * start:worker, the image) pass production, so a forgotten NODE_ENV never runs with the
   * development defaults; the demo and the tests set NODE_ENV themselves.
   */
  unsetNodeEnv?: NodeEnv;
}

/**
 * Reads the environment into a validated AppConfig. Throws one error naming every problem, so an
 * operator fixes a broken deployment in one go rather than one variable per restart.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw = Object.fromEntries(
    known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]),
  );
  if (raw.NODE_ENV === undefined && options.unsetNodeEnv) raw.NODE_ENV = options.unsetNodeEnv;
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = [
    ...describe(validateSync(config, { whitelist: false, forbidUnknownValues: true })),
    ...crossFieldProblems(config),
  ];
  if (problems.length > 0) throw new InvalidConfigError(problems);
  return config;
}
