import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { stream as excelStream } from 'exceljs';
import type { Response } from 'express';
import { In } from 'typeorm';
import { AllowRoles, HTTP_REQUEST_CONTEXT, RequestWithContext, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { OrganizationEntity } from '@jalin/identity';
import { todayInWib } from '@jalin/profiles';
import { DashboardService } from '../dashboard.service';
import { DashboardFigures, DashboardQueryFilter } from '../figures/dashboard-figures';
import { DealExportRows } from './deal-export-rows';
import { EXPORT_LOCALES, ExportLabels, ExportLocale, exportLabels } from './export-labels';
import { spreadsheetSafeText } from './spreadsheet-safe-text';
import { SummaryRow, summaryRows } from './summary-rows';

type ExportQuery = { from?: string; to?: string; sector?: string; kecamatanCode?: string; lang?: string };

/**
 * The Dinas's reports for a period: the deals as CSV, every dashboard figure as CSV, and both in
 * one XLSX workbook. Same filter and same figures as the dashboard query (one parser, one store).
 * Plain HTTP because these are files; the caller's token is checked by the global guard as on
 * GraphQL (`Authorization: Bearer <accessToken>`).
 */
@AllowRoles(Role.DINAS, Role.ADMIN)
@Controller('exports')
export class DashboardExportsController {
  constructor(private readonly dashboard: DashboardService, private readonly dealRows: DealExportRows, private readonly tx: TransactionRunner) {}

  /** DINAS, ADMIN: every deal awarded in the period (any status), oldest first. */
  @Get('deals.csv')
  async dealsCsv(@Query() query: ExportQuery, @Req() req: RequestWithContext, @Res() res: Response): Promise<void> {
    const { filter, labels } = this.parse(query, req);
    this.startDownload(res, 'text/csv; charset=utf-8', fileName('transaksi', filter, 'csv'));
    await writeCsv(res, [labels.dealColumns], this.dealRows.rows(filter));
  }

  /** DINAS, ADMIN: every figure of the dashboard, one a row. */
  @Get('summary.csv')
  async summaryCsv(@Query() query: ExportQuery, @Req() req: RequestWithContext, @Res() res: Response): Promise<void> {
    const { filter, labels } = this.parse(query, req);
    const { rows } = await this.summary(filter, labels);
    this.startDownload(res, 'text/csv; charset=utf-8', fileName('ringkasan', filter, 'csv'));
    await writeCsv(res, [labels.summaryColumns], (async function* () { yield rows; })());
  }

  /** DINAS, ADMIN: the summary, one sheet per breakdown, and the deals, in one workbook. */
  @Get('summary.xlsx')
  async summaryXlsx(@Query() query: ExportQuery, @Req() req: RequestWithContext, @Res() res: Response): Promise<void> {
    const { filter, labels } = this.parse(query, req);
    const { figures, rows: all } = await this.summary(filter, labels);
    this.startDownload(res, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName('laporan', filter, 'xlsx'));
    const workbook = new excelStream.xlsx.WorkbookWriter({ stream: res as unknown as Writable, useStyles: false, useSharedStrings: false });
    const sheet = (name: string, header: readonly string[], rows: Iterable<readonly unknown[]>) => {
      const ws = workbook.addWorksheet(name);
      ws.addRow([...header]).commit();
      for (const row of rows) ws.addRow(row.map((cell, i) => (i === 4 ? spreadsheetNumber(cell) : cell))).commit();
      ws.commit();
    };
    const period = [[labels.period, `${filter.from ?? '…'} – ${filter.to ?? '…'}`], [labels.filter, [filter.sector, filter.kecamatanCode].filter(Boolean).join(', ') || labels.all],
      [labels.asOf, figures.asOf.toISOString()]];
    const s = labels.sections;
    sheet(labels.sheets.summary, labels.summaryColumns, [...period.map((p) => ['', '', ...p]), ...all.filter((r) => [s.totals, s.funnel, s.insights].includes(r[0] as never))]);
    sheet(labels.sheets.sector, labels.summaryColumns, all.filter((r) => r[0] === s.sector));
    sheet(labels.sheets.kecamatan, labels.summaryColumns, all.filter((r) => r[0] === s.kecamatan));
    sheet(labels.sheets.buyer, labels.summaryColumns, all.filter((r) => r[0] === s.buyer));
    sheet(labels.sheets.month, labels.summaryColumns, all.filter((r) => r[0] === s.month));
    const deals = workbook.addWorksheet(labels.sheets.deals);
    deals.addRow([...labels.dealColumns]).commit();
    for await (const page of this.dealRows.rows(filter)) {
      for (const row of page) deals.addRow(row.map((cell, i) => (i === 10 || i === 11 ? spreadsheetNumber(cell) : cell))).commit();
    }
    deals.commit();
    await workbook.commit();
  }

  private parse(query: ExportQuery, req: RequestWithContext): { filter: DashboardQueryFilter; labels: ExportLabels } {
    const filter = this.dashboard.parseFilter(query, 'query');
    const lang = query.lang ?? (req[HTTP_REQUEST_CONTEXT]?.user?.locale === 'en' ? 'en' : 'id');
    if (!EXPORT_LOCALES.includes(lang as ExportLocale)) throw InputValidationException.of('query.lang', lang, 'must be id or en');
    return { filter, labels: exportLabels(lang as ExportLocale) };
  }

  private async summary(filter: DashboardQueryFilter, labels: ExportLabels): Promise<{ figures: DashboardFigures; rows: SummaryRow[] }> {
    const figures = await this.dashboard.figures(filter);
    const names = await this.buyerNames(figures);
    return { figures, rows: summaryRows(figures, labels, (id) => names.get(id) ?? id) };
  }

  private async buyerNames(figures: DashboardFigures): Promise<Map<string, string>> {
    const ids = figures.byBuyer.map((b) => b.buyerOrganizationId);
    if (ids.length === 0) return new Map();
    const organizations = await this.tx.manager.findBy(OrganizationEntity, { id: In(ids) });
    return new Map(organizations.map((o) => [o.id, o.name]));
  }

  private startDownload(res: Response, contentType: string, name: string): void {
    res.status(200);
    res.setHeader('content-type', contentType);
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    res.setHeader('cache-control', 'no-store');
  }
}

/**
 * Rupiah travel as exact decimal strings; a spreadsheet should get numbers it can sum, which it
 * holds exactly up to 2^53 (larger values stay text rather than be rounded).
 */
function spreadsheetNumber(cell: unknown): unknown {
  return typeof cell === 'string' && /^\d{1,16}$/.test(cell) && Number.isSafeInteger(Number(cell)) ? Number(cell) : cell;
}

function fileName(kind: string, filter: DashboardQueryFilter, extension: string): string {
  const parts = ['jalin', kind, filter.from ?? 'awal', filter.to ?? todayInWib(), filter.sector, filter.kecamatanCode].filter(Boolean);
  return `${parts.join('_')}.${extension}`;
}

/**
 * Streams CSV (UTF-8 with BOM, so spreadsheet programs read the names right), minding backpressure.
 * Every text cell is made formula-safe here, the one CSV writer of the exports.
 */
async function writeCsv(res: Response, header: readonly (readonly string[])[], pages: AsyncIterable<readonly (readonly unknown[])[]>): Promise<void> {
  const csv = stringify({ bom: true, cast: { string: spreadsheetSafeText } });
  csv.pipe(res);
  const write = async (row: readonly unknown[]) => {
    if (!csv.write([...row])) await once(csv, 'drain');
  };
  for (const row of header) await write(row);
  for await (const page of pages) {
    if (res.destroyed) break;
    for (const row of page) await write(row);
  }
  csv.end();
  await once(res, 'finish').catch(() => undefined);
}
