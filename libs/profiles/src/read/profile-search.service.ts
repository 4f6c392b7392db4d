import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { InputIssue, InputValidationException } from '@jalin/errors';
import { pageSize } from '@jalin/graphql-core';
import { Sector, taxonomyCatalog, validateCodes } from '@jalin/taxonomy';
import { CapabilityProfileEntity } from '../entities/capability-profile.entity';
import { PROFILE_LIMITS } from '../validation/profile-limits';
import { todayInWib } from '../wib-date';
import { ProfileCursor, decodeProfileCursor } from './profile-cursor';
import { ProfileFilter } from './profile-filter';

export interface ProfilePage {
  rows: { profile: CapabilityProfileEntity; cursor: ProfileCursor }[];
  hasNextPage: boolean;
  totalCount: number;
}

const MAX_SEARCH_WORDS = 8;

/**
 * The profile directory: two statements per page whatever its size (the page, and the count).
 * Every criterion is written so an index serves it: `@>` and kecamatan equality on the multicolumn
 * GIN index, LIKE on the trigram-indexed search text; the order has its own btree index.
 */
@Injectable()
export class ProfileSearch {
  async page(manager: EntityManager, filter: ProfileFilter | null | undefined, first: number | null | undefined, after: string | null | undefined, now = new Date()): Promise<ProfilePage> {
    const size = pageSize(first);
    const cursor = decodeProfileCursor(after);
    const where = this.filtered(manager, filter ?? {}, todayInWib(now));

    const pageQuery = where
      .clone()
      .addSelect('lower(p.organization_name)', 'sort_name')
      .orderBy('lower(p.organization_name)', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(size + 1);
    if (cursor) pageQuery.andWhere('(lower(p.organization_name), p.id) > (:sortName, CAST(:cursorId AS uuid))', { sortName: cursor.sortName, cursorId: cursor.id });

    const [{ entities, raw }, count] = await Promise.all([
      pageQuery.getRawAndEntities<{ sort_name: string; p_id: string }>(),
      where.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>(),
    ]);
    const sortNames = new Map(raw.map((r) => [r.p_id, r.sort_name]));
    const rows = entities.slice(0, size).map((profile) => ({ profile, cursor: { sortName: sortNames.get(profile.id)!, id: profile.id } }));
    return { rows, hasNextPage: entities.length > size, totalCount: count?.n ?? 0 };
  }

  private filtered(manager: EntityManager, filter: ProfileFilter, today: string): SelectQueryBuilder<CapabilityProfileEntity> {
    this.check(filter);
    const qb = manager.createQueryBuilder(CapabilityProfileEntity, 'p');
    if (filter.sector && !impliedByProcesses(filter.sector, filter.processes)) {
      qb.andWhere('p.sectors @> CAST(:sectors AS text[])', { sectors: [filter.sector] });
    }
    if (filter.processes?.length) qb.andWhere('p.processes @> CAST(:processes AS text[])', { processes: [...new Set(filter.processes)] });
    if (filter.materials?.length) qb.andWhere('p.materials @> CAST(:materials AS text[])', { materials: [...new Set(filter.materials)] });
    if (filter.certifications?.length) {
      const codes = [...new Set(filter.certifications)];
      // The GIN prefilter finds profiles listing the codes; the count keeps those with a copy of each valid today.
      qb.andWhere('p.certification_codes @> CAST(:certCodes AS text[])', { certCodes: codes });
      qb.andWhere(
        `(SELECT count(DISTINCT c->>'code') FROM jsonb_array_elements(p.certifications) c
           WHERE c->>'code' = ANY(CAST(:certCodes AS text[])) AND (c->>'validUntil' IS NULL OR c->>'validUntil' >= :today)) = :certCount`,
        { today, certCount: codes.length },
      );
    }
    if (filter.kecamatanCode) qb.andWhere('p.kecamatan_code = :kecamatanCode', { kecamatanCode: filter.kecamatanCode });
    if (filter.verified !== null && filter.verified !== undefined) qb.andWhere('p.verified = :verified', { verified: filter.verified });
    const words = searchWords(filter.search);
    if (words.length > 0) {
      qb.andWhere(new Brackets((all) => {
        // search_text is stored in lower case; lower() here folds the pattern the same way.
        words.forEach((word, index) => all.andWhere(`p.search_text LIKE lower(:word${index})`, { [`word${index}`]: `%${escapeLike(word)}%` }));
      }));
    }
    return qb;
  }

  /** Unknown codes are refused rather than answered with an empty page: a typo should say so. */
  private check(filter: ProfileFilter): void {
    const issues: InputIssue[] = [
      ...validateCodes('process', filter.processes ?? [], 'filter.processes'),
      ...validateCodes('material', filter.materials ?? [], 'filter.materials'),
      ...validateCodes('certification', filter.certifications ?? [], 'filter.certifications'),
    ];
    if (filter.kecamatanCode && !taxonomyCatalog.isKecamatan(filter.kecamatanCode)) {
      issues.push({ field: 'filter.kecamatanCode', value: filter.kecamatanCode, message: 'is not the BPS code of a kecamatan of Kabupaten Tegal' });
    }
    if (filter.search && filter.search.length > PROFILE_LIMITS.maxSearchLength) {
      issues.push({ field: 'filter.search', value: filter.search, message: `must be at most ${PROFILE_LIMITS.maxSearchLength} characters` });
    }
    if (searchWords(filter.search).length > MAX_SEARCH_WORDS) {
      issues.push({ field: 'filter.search', value: filter.search, message: `may have at most ${MAX_SEARCH_WORDS} words` });
    }
    if (issues.length > 0) throw new InputValidationException(issues);
  }
}

/**
 * A stored profile only lists processes of its own sectors (checkProfileInput refuses others), so
 * asking for a process of the filter's sector already implies the sector. Leaving the condition out
 * saves GIN the longest posting list (most profiles are METAL).
 */
function impliedByProcesses(sector: Sector, processes: readonly string[] | null | undefined): boolean {
  return (processes ?? []).some((code) => taxonomyCatalog.sectorOfProcess(code) === sector);
}

/** Whitespace-separated words, distinct, in order. */
function searchWords(search: string | null | undefined): string[] {
  return [...new Set((search ?? '').trim().split(/\s+/).filter((w) => w.length > 0))];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
