import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganizationSharedContact1796603224290 implements MigrationInterface {
  name = 'OrganizationSharedContact1796603224290';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "contact_person" text`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "contact_phone" text`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "contact_email" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "contact_email"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "contact_phone"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "contact_person"`);
  }
}
