import type { Rule } from 'eslint';
import { at, ruleTester } from './rule-tester';

const rule: Rule.RuleModule = require('../../../tools/eslint-rules/no-foreign-writes.cjs');

// Ownership comes from the real entity files: RfqEntity/rfq and DealEventEntity/deal_event belong
// to sourcing, OrganizationEntity/organization to identity, AuditEntryEntity/audit_entry to audit.
const matching = at('libs/matching/src/x.ts');
const sourcing = at('libs/sourcing/src/x.ts');

ruleTester.run('no-foreign-writes', rule, {
  valid: [
    { filename: sourcing, code: 'manager.update(RfqEntity, { id }, { matchingStatus });' },
    { filename: sourcing, code: "manager.query('UPDATE rfq SET status = $2 WHERE id = $1', [id, s]);" },
    { filename: matching, code: 'manager.findOneBy(RfqEntity, { id });' },
    { filename: matching, code: "manager.query('SELECT id FROM rfq WHERE id = $1 FOR UPDATE', [id]);" },
    { filename: matching, code: 'dataSource.createQueryBuilder().select().from(RfqEntity, "r");' },
    { filename: matching, code: "const text = 'We update deal statuses for you';" },
    { filename: matching, code: 'manager.getRepository(RfqEntity).findOneBy({ id });' },
    // Apps and tests are not libraries; the rule guards the libraries' ownership.
    { filename: at('test/support/x.ts'), code: 'manager.insert(RfqEntity, row);' },
    { filename: at('libs/db-schema/src/migrations/x.ts'), code: 'queryRunner.query(`UPDATE rfq SET x = 1`);', options: [{ allow: ['db-schema'] }] },
  ],
  invalid: [
    { filename: matching, code: 'manager.update(RfqEntity, { id }, { matchingStatus });', errors: [{ messageId: 'entity' }] },
    { filename: sourcing, code: 'manager.insert(OrganizationEntity, row);', errors: [{ messageId: 'entity' }] },
    { filename: matching, code: 'manager.save(manager.create(RfqEntity, row));', errors: [{ messageId: 'entity' }] },
    { filename: matching, code: 'manager.getRepository(RfqEntity).delete({ id });', errors: [{ messageId: 'entity' }] },
    { filename: sourcing, code: 'dataSource.createQueryBuilder().insert().into(AuditEntryEntity).values(v).execute();', errors: [{ messageId: 'entity' }] },
    { filename: matching, code: 'dataSource.createQueryBuilder().delete().from(DealEventEntity).execute();', errors: [{ messageId: 'entity' }] },
    { filename: matching, code: "manager.query('UPDATE rfq SET matching_status = $2 WHERE id = $1', [id, s]);", errors: [{ messageId: 'table' }] },
    { filename: matching, code: 'manager.query(`INSERT INTO deal_event (deal_id) VALUES (${1})`);', errors: [{ messageId: 'table' }] },
    { filename: sourcing, code: 'manager.query(`DELETE FROM "organization" WHERE id = $1`, [id]);', errors: [{ messageId: 'table' }] },
  ],
});
