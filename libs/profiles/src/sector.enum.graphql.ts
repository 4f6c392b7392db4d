import { registerEnumType } from '@nestjs/graphql';
import { Sector } from '@jalin/taxonomy';

/**
 * The one registration of the GraphQL enum `Sector`. Import `Sector` from `@jalin/profiles`
 * (not from `@jalin/taxonomy`) in GraphQL types, so the registration has run before the schema
 * is built; registering it twice would fail.
 */
registerEnumType(Sector, { name: 'Sector', description: 'METAL (logam), PLASTIC (plastik), AGRO (pengolahan hasil pertanian)' });

export { Sector };
