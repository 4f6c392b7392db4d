import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, IdrScalar } from '@jalin/graphql-core';
import { Sector } from '@jalin/profiles';
import { OrganizationType } from '@jalin/identity';
import { DashboardFigures } from '../figures/dashboard-figures';

@ObjectType('DashboardTotals')
export class DashboardTotalsType {
  @Field(() => Int, { description: 'RFQs posted in the period (sector filter; not narrowed by kecamatan)' }) rfqs: number;
  @Field(() => Int, { description: 'Of those, the ones still OPEN' }) openRfqs: number;
  @Field(() => Int, { description: 'Quotes submitted in the period, once per IKM and RFQ (revisions are not new quotes)' }) quotes: number;
  @Field(() => Int, { description: 'Deals awarded in the period and not cancelled' }) deals: number;
  @Field(() => IdrScalar, { description: 'Their value, exact whole rupiah' }) dealValue: bigint;
  @Field(() => Int, { description: 'Distinct IKMs that quoted in the period' }) participatingIkms: number;
  @Field(() => Int, { description: 'IKMs with a capability profile now (not narrowed by dates)' }) registeredIkms: number;
  @Field(() => Int, { description: 'Of those, verified by the Dinas' }) verifiedIkms: number;
  @Field(() => Int, { description: 'Deals awarded in the period and since cancelled' }) dealsCancelled: number;
  @Field(() => IdrScalar) cancelledValue: bigint;
}

@ObjectType('Funnel', { description: 'RFQs of the period through their stages, then the deals completed in the period' })
export class FunnelType {
  @Field(() => Int) rfqsPosted: number;
  @Field(() => Int, { description: 'With at least one match' }) rfqsMatched: number;
  @Field(() => Int, { description: 'With at least one quote' }) rfqsQuoted: number;
  @Field(() => Int, { description: 'With at least one deal' }) rfqsAwarded: number;
  @Field(() => Int, { description: 'Deals completed in the period' }) dealsCompleted: number;
}

@ObjectType('SectorStat')
export class SectorStatType {
  @Field(() => Sector) sector: Sector;
  @Field(() => Int) rfqs: number;
  @Field(() => Int) quotes: number;
  @Field(() => Int) deals: number;
  @Field(() => IdrScalar) dealValue: bigint;
}

@ObjectType('KecamatanStat')
export class KecamatanStatType {
  @Field() kecamatanCode: string;
  @Field() name: string;
  @Field(() => Int, { description: 'IKMs with a profile in this kecamatan now' }) ikms: number;
  @Field(() => Int) verifiedIkms: number;
  @Field(() => Int, { description: 'Distinct IKMs of this kecamatan that quoted in the period' }) participatingIkms: number;
  @Field(() => Int) quotes: number;
  @Field(() => Int) deals: number;
  @Field(() => IdrScalar) dealValue: bigint;
}

@ObjectType('BuyerStat')
export class BuyerStatType {
  @Field(() => OrganizationType) buyer?: OrganizationType;
  buyerOrganizationId: string;
  @Field(() => Int, { description: 'RFQs the buyer posted in the period' }) rfqs: number;
  @Field(() => Int, { description: 'Of those, the ones with at least one deal' }) rfqsAwarded: number;
  @Field(() => Int) deals: number;
  @Field(() => IdrScalar) dealValue: bigint;
}

@ObjectType('MonthStat')
export class MonthStatType {
  @Field({ description: '"YYYY-MM" (WIB)' }) month: string;
  @Field(() => Int) rfqs: number;
  @Field(() => Int) quotes: number;
  @Field(() => Int) deals: number;
  @Field(() => IdrScalar) dealValue: bigint;
  @Field(() => Int) dealsCompleted: number;
}

@ObjectType('DashboardInsights')
export class DashboardInsightsType {
  @Field(() => Float, { nullable: true, description: 'Median whole hours from posting to the first quote, over the period\'s RFQs that got one' })
  medianHoursToFirstQuote: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0..1) of the period\'s RFQs that found a match; null without RFQs' })
  matchedShare: number | null;
  @Field(() => Int, { description: 'Buyers that posted an RFQ in the period' }) activeBuyers: number;
  @Field(() => Int, { description: 'Buyers with at least two of the period\'s RFQs awarded' }) repeatBuyers: number;
}

/** The market for one filter. byBuyer and recentDeals are resolved with their own arguments. */
@ObjectType('Dashboard', { description: 'The market in numbers for the Dinas; see README "Dinas dashboard" for each definition' })
export class DashboardType {
  @Field(() => DateTimeScalar, { description: 'The figures include every change committed before this instant' }) asOf: Date;
  @Field(() => DashboardTotalsType) totals: DashboardTotalsType;
  @Field(() => FunnelType) funnel: FunnelType;
  @Field(() => [SectorStatType]) bySector: SectorStatType[];
  @Field(() => [KecamatanStatType]) byKecamatan: KecamatanStatType[];
  @Field(() => [MonthStatType], { description: 'Every month of the period, zero months included' }) monthly: MonthStatType[];
  @Field(() => DashboardInsightsType) insights: DashboardInsightsType;
  figures: DashboardFigures;

  static from(figures: DashboardFigures): DashboardType {
    return Object.assign(new DashboardType(), {
      asOf: figures.asOf,
      totals: figures.totals,
      funnel: figures.funnel,
      bySector: figures.bySector,
      byKecamatan: figures.byKecamatan,
      monthly: figures.monthly,
      insights: figures.insights,
      figures,
    });
  }
}
