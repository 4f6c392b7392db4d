import type { Rule } from 'eslint';
import { at, ruleTester } from './rule-tester';

// The project's rules are CommonJS (tools/eslint-rules), loaded as ESLint loads them.
const rule: Rule.RuleModule = require('../../../tools/eslint-rules/no-foreign-internals.cjs');

ruleTester.run('no-foreign-internals', rule, {
  valid: [
    { filename: at('libs/matching/src/x.ts'), code: "import { MatchWriter } from '@jalin/sourcing';" },
    { filename: at('libs/notifications/src/x.ts'), code: "import { DealStatus } from '@jalin/sourcing/statuses';" },
    { filename: at('libs/sourcing/src/deals/x.ts'), code: "import { RfqEntity } from '../rfqs/entities/rfq.entity';" },
    { filename: at('apps/api/src/x.ts'), code: "import { createApiApp } from './bootstrap-api';" },
    { filename: at('libs/matching/src/x.ts'), code: "import { Injectable } from '@nestjs/common';" },
    // test/ and scripts/ are the harness: they may start an app from its bootstrap file.
    { filename: at('test/support/x.ts'), code: "import { createApiApp } from '../../apps/api/src/bootstrap-api';" },
    { filename: at('scripts/bench/x.ts'), code: "import { toRfqSpec } from '../../libs/matching/src/rfq-spec.mapper';" },
  ],
  invalid: [
    {
      filename: at('libs/demo-data/src/data/x.ts'),
      code: "import { validateNewRfq } from '../../../sourcing/src/rfqs/validate-new-rfq';",
      errors: [{ messageId: 'relative' }],
    },
    {
      filename: at('apps/dashboard-web/src/x.ts'),
      code: "import type { DealStatus } from '../../../libs/sourcing/src/deals/deal-status.enum';",
      errors: [{ messageId: 'relative' }],
    },
    {
      filename: at('apps/worker/src/x.ts'),
      code: "import { ApiModule } from '../../api/src/api.module';",
      errors: [{ messageId: 'relative' }],
    },
    {
      filename: at('libs/matching/src/x.ts'),
      code: "import { RfqEntity } from '@jalin/sourcing/src/rfqs/entities/rfq.entity';",
      errors: [{ messageId: 'undeclared' }],
    },
    {
      filename: at('libs/matching/src/x.ts'),
      code: "export { MatchStatus } from '@jalin/sourcing/matches';",
      errors: [{ messageId: 'undeclared' }],
    },
    {
      filename: at('libs/matching/src/x.ts'),
      code: "const m = import('../../sourcing/src/matches/match.writer');",
      errors: [{ messageId: 'relative' }],
    },
  ],
});
