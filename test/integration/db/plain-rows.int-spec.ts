import { DataSource, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import { plainCount, plainRows, plainRowsByIds } from '@jalin/database';
import { OrganizationEntity } from '@jalin/identity';
import { NotificationEntity } from '@jalin/notifications';
import { CapabilityProfileEntity } from '@jalin/profiles';
import { ConsortiumSuggestionEntity, DealEntity, QuoteEntity, RfqEntity } from '@jalin/sourcing';
import { AWARD, DealMarket, quoteInput, SUBMIT_QUOTE } from '../deals/deal-market';

jest.setTimeout(120000);

const byId = <T extends ObjectLiteral>(rows: T[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/**
 * The hot reads take rows as plain objects (plainRows) instead of TypeORM entities: each of those
 * tables reads back exactly what TypeORM's own hydration gives (bigint money as BigInt, dates as
 * 'YYYY-MM-DD', timestamps as Date, arrays, jsonb, nulls), so answers do not change.
 */
describe('plain rows', () => {
  let market: DealMarket;
  let db: DataSource;

  beforeAll(async () => {
    market = await DealMarket.start('plain_rows');
    db = market.api.app.get(DataSource);
    const buyer = await market.buyer();
    const [a, b] = [await market.ikm(), await market.ikm({ leadTimeDays: 9 })];
    const rfqId = await market.matchedRfq(buyer.client, [a, b], { targetUnitPrice: '12500' });
    await market.matchedRfq(buyer.client, [a]);
    const qa = (await a.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 600 }) })).submitQuote;
    await b.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { unitPrice: '987654321', quantity: 400, notes: null }) });
    await buyer.client.ok(AWARD, { rfqId, awards: [{ quoteId: qa.id, quantity: 600 }] });
    const { rows } = await market.run.sql.query(`SELECT id, ikm_organization_id AS org FROM rfq_match WHERE rfq_id = $1`, [rfqId]);
    await market.run.sql.query(`INSERT INTO consortium_suggestion (rfq_id, position, members, covered_quantity, score) VALUES ($1, 1, $2::jsonb, 1000, 0.75)`,
      [rfqId, JSON.stringify(rows.map((r) => ({ matchId: r.id, ikmOrganizationId: r.org, quantity: 500 })))]);
    await market.run.sql.query(
      `INSERT INTO notification (user_id, event_id, type, locale, title, body, link, data) VALUES ($1, 42, 'RFQ_MATCHED', 'id', 'RFQ baru', 'Ada RFQ', 'http://x/rfqs/1', '{"rfqId":"1"}'::jsonb)`,
      [a.userId],
    );
    await market.run.sql.query(`UPDATE notification SET read_at = now() WHERE user_id = $1`, [a.userId]);
  });
  afterAll(() => market?.stop());

  const entities: [string, EntityTarget<ObjectLiteral>][] = [
    ['rfq', RfqEntity], ['organization', OrganizationEntity], ['capability profile', CapabilityProfileEntity], ['quote', QuoteEntity],
    ['deal', DealEntity], ['consortium suggestion', ConsortiumSuggestionEntity], ['notification', NotificationEntity],
  ];

  it.each(entities)('%s: every row as TypeORM hydrates it', async (_name, entity) => {
    const viaOrm = await db.manager.find(entity);
    expect(viaOrm.length).toBeGreaterThan(0);
    const plain = await plainRows(db.manager, entity, { where: 'true', params: [] });
    expect(byId(plain)).toEqual(byId(viaOrm.map((e) => ({ ...e }))));
    const ids = viaOrm.map((e) => e.id as string).slice(0, 2);
    expect(byId(await plainRowsByIds(db.manager, entity, ids))).toEqual(byId(viaOrm.filter((e) => ids.includes(e.id as string)).map((e) => ({ ...e }))));
    expect(await plainCount(db.manager, entity, { where: 'true', params: [] })).toBe(viaOrm.length);
  });

  it('reads inside a transaction on its connection: a change it has not committed yet', async () => {
    const [organization] = await db.manager.find(OrganizationEntity, { take: 1 });
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query('UPDATE organization SET name = $2 WHERE id = $1', [organization.id, 'Nama dalam transaksi']);
      const [inside] = await plainRows(runner.manager, OrganizationEntity, { where: 't.id = $1', params: [organization.id] });
      const [outside] = await plainRows(db.manager, OrganizationEntity, { where: 't.id = $1', params: [organization.id] });
      expect([inside.name, outside.name]).toEqual(['Nama dalam transaksi', organization.name]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('fails a bad statement as TypeORM does, with PostgreSQL\'s code, and the pool goes on', async () => {
    const failed = await plainRows(db.manager, OrganizationEntity, { where: 't.id = $1', params: ['not-a-uuid'] }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(QueryFailedError);
    expect((failed as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
    expect(await plainCount(db.manager, OrganizationEntity, { where: 'true', params: [] })).toBeGreaterThan(0);
  });
});
