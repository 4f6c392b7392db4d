/** A string as a TypeScript template literal, for SQL written into a generated migration. */
export function sqlLiteral(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

/** The source of a generated migration; `up` and `down` are statement lines, already indented. */
export function migrationSource(className: string, up: string[], down: string[], doc?: string): string {
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

${doc ? `/** ${doc} */\n` : ''}export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.join('\n')}
  }
}
`;
}
