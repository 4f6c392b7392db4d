import { Module } from '@nestjs/common';
import { TaxonomyResolver } from './taxonomy.resolver';

/** The GraphQL face of the pure @jalin/taxonomy library, which stays free of Nest. */
@Module({ providers: [TaxonomyResolver] })
export class TaxonomyApiModule {}
