import { MigrationInterface, QueryRunner } from 'typeorm';

export class DealKecamatanIndex1796160159678 implements MigrationInterface {
  name = 'DealKecamatanIndex1796160159678';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "deal_kecamatan_created_idx" ON "deal"  ("ikm_kecamatan_code", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."deal_kecamatan_created_idx"`);
  }
}
