import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKED_FIELDS, PACKED_OFFSET, PACKED_ROW_BYTES } from './packed-row-layout';
import { ProfileCodebook } from './profile-codebook';
import { withGeneratedProfileVectorSql } from './profile-vector-sql';

const SQL_FILE = join(__dirname, '..', 'sql', 'profile-vector.sql');

/** The packed profile row is declared once: the SQL that builds it and the decoder both follow the layout. */
describe('the packed profile row layout', () => {
  it('places the fields one after another in 102 bytes, the counters last', () => {
    expect(PACKED_ROW_BYTES).toBe(102);
    expect(PACKED_OFFSET).toMatchObject({ profileId: 0, sectors: 16, certExpiryDays: 28, monthlyCapacity: 60, flags: 72, completedDeals: 82, openMatches: 98 });
    for (let i = 1; i < PACKED_FIELDS.length; i++) expect(PACKED_FIELDS[i].offset).toBe(PACKED_FIELDS[i - 1].offset + PACKED_FIELDS[i - 1].bytes);
  });

  it('is what profile-vector.sql builds: the file holds exactly the SQL generated from the layout and the taxonomy', () => {
    const text = readFileSync(SQL_FILE, 'utf8');
    // Differing here means the layout or the taxonomy changed: `npm run db:functions` rewrites the file and its migration.
    expect(withGeneratedProfileVectorSql(text, ProfileCodebook.fromTaxonomy())).toBe(text);
    expect(text).toContain('FROM 83 FOR 20');
  });
});
