const path = require('node:path');
const { RuleTester } = require('eslint');
const tsParser = require('typescript-eslint').parser;
const { rules } = require('./layers.cjs');

const src = path.join(__dirname, '../src');
const file = (relative) => path.join(src, relative);
const tester = new RuleTester({ languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' } });

tester.run('layers', rules.layers, {
  valid: [
    // Within a feature, a service reads its own repositories.
    {
      filename: file('modules/growth/goals/goals.service.ts'),
      code: "import { GoalsRepository } from './goals.repository';",
    },
    {
      filename: file('modules/growth/team-growth/team-growth.service.ts'),
      code: "import { GoalsRepository } from '../goals/goals.repository';",
    },
    // Across features, services are the way in.
    {
      filename: file('modules/growth/goals/goals.service.ts'),
      code: "import { AuditService } from '../../directory/audit/audit.service';",
    },
    {
      filename: file('modules/growth/goals/goals.resolver.ts'),
      code: "import { GoalsService } from './goals.service';",
    },
    // Outside the feature folders (database wiring, seeds) entities are fine.
    {
      filename: file('database/entities.ts'),
      code: "import { PersonEntity } from '../modules/directory/people/person.entity';",
    },
  ],
  invalid: [
    {
      filename: file('modules/growth/goals/goals.service.ts'),
      code: "import { PeopleRepository } from '../../directory/people/people.repository';",
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      filename: file('modules/frameworks/frameworks.service.ts'),
      code: "import { PersonEntity } from '../directory/people/person.entity';",
      errors: [{ messageId: 'crossFeature' }],
    },
    {
      filename: file('modules/directory/audit/audit.resolver.ts'),
      code: "import { AuditRepository } from './audit.repository';",
      errors: [{ messageId: 'resolverRepository' }],
    },
    {
      filename: file('modules/directory/people/people.service.ts'),
      code: "import { PersonEntity } from './person.entity';",
      errors: [{ messageId: 'serviceEntity' }],
    },
  ],
});
