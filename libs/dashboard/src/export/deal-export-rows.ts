import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TransactionRunner } from '@jalin/database';
import { DealEntity, RfqEntity } from '@jalin/sourcing';
import { OrganizationEntity } from '@jalin/identity';
import { todayInWib } from '@jalin/profiles';
import { KECAMATAN } from '@jalin/taxonomy';
import { DashboardDealsQueries } from '../dashboard-deals.queries';
import { DashboardQueryFilter } from '../figures/dashboard-figures';

export type DealExportRow = (string | number)[];

const kecamatanName = new Map(KECAMATAN.map((k) => [k.code, k.label]));

/**
 * The deals of a filter as export rows (oldest first, any status), one page of the deal table at
 * a time with the page's RFQs and organizations read in two statements: memory stays flat
 * however long the period. Money stays exact: decimal strings, never floats.
 */
@Injectable()
export class DealExportRows {
  constructor(private readonly deals: DashboardDealsQueries, private readonly tx: TransactionRunner) {}

  async *rows(filter: DashboardQueryFilter): AsyncGenerator<DealExportRow[]> {
    for await (const page of this.deals.inPages(filter)) {
      const [rfqs, organizations] = await Promise.all([
        this.tx.manager.findBy(RfqEntity, { id: In([...new Set(page.map((d) => d.rfqId))]) }),
        this.tx.manager.findBy(OrganizationEntity, { id: In([...new Set(page.flatMap((d) => [d.buyerOrganizationId, d.ikmOrganizationId]))]) }),
      ]);
      const rfqById = new Map(rfqs.map((r) => [r.id, r]));
      const nameOf = new Map(organizations.map((o) => [o.id, o.name]));
      yield page.map((deal) => this.row(deal, rfqById.get(deal.rfqId), nameOf));
    }
  }

  private row(deal: DealEntity, rfq: RfqEntity | undefined, nameOf: Map<string, string>): DealExportRow {
    return [
      todayInWib(deal.createdAt), deal.id, deal.rfqId, rfq?.title ?? '', rfq?.sector ?? '',
      nameOf.get(deal.buyerOrganizationId) ?? '', nameOf.get(deal.ikmOrganizationId) ?? '',
      kecamatanName.get(deal.ikmKecamatanCode) ?? '', deal.quantity, rfq?.unit ?? '',
      deal.unitPrice.toString(), deal.value.toString(), deal.status, deal.completedAt ? todayInWib(deal.completedAt) : '',
    ];
  }
}
