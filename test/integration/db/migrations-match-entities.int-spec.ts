import { DataSource } from 'typeorm';
import { createJalinDataSource, pendingSchemaChanges } from '@jalin/db-schema';
import { testConfig } from '@jalin/testing';

describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await createJalinDataSource(testConfig(), 'jalin-test-migrations').initialize();
  });
  afterAll(() => dataSource.destroy());

  it('are all applied to the run database (by db:migrate in the global setup)', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('agree with the entities (what `typeorm migration:generate --check` asks)', async () => {
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });
});
