import { Query, Resolver } from '@nestjs/graphql';
import { AllowAnonymous } from '@jalin/authz';
import { taxonomyCatalog } from '@jalin/taxonomy';
import { TaxonomyType } from './taxonomy.type';

/** The reference data is versioned in the repository and the same for everybody: built once. */
@Resolver(() => TaxonomyType)
export class TaxonomyResolver {
  private readonly snapshot = TaxonomyType.from(taxonomyCatalog.snapshot(), taxonomyCatalog.kbliCodes());

  /** Anyone, signed in or not: sign-up and search forms need the codes before login. */
  @AllowAnonymous()
  @Query(() => TaxonomyType, { description: 'Public: sectors, processes, materials, certifications, kecamatan, units, KBLI hints' })
  taxonomy(): TaxonomyType {
    return this.snapshot;
  }
}
