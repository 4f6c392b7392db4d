import { GraphqlClient, registerAccount, RegisteredAccount, RunningApi, startApi, testConfig } from '@jalin/testing';
import { CREATE_RFQ, rfqInput } from '../../support/marketplace-builders';

const CANCEL = `mutation X($id: ID!, $reason: String!) { cancelRfq(id: $id, reason: $reason) { id status cancelReason } }`;
const day = (n: number) => new Date(Date.now() + n * 86_400_000);

describe('createRfq and cancelRfq refuse bad input and wrong state', () => {
  let api: RunningApi;
  let buyer: RegisteredAccount;

  beforeAll(async () => {
    api = await startApi(testConfig());
    buyer = await registerAccount(new GraphqlClient(api.url), { role: 'BUYER' });
  });
  afterAll(() => api.close());

  it.each([
    ['an unknown process code', { processes: ['LASER_CUTTING', 'TELEPORTING'] }, 'input.processes'],
    ['a process of another sector', { processes: ['INJECTION_MOULDING'] }, 'input.processes'],
    ['an unknown material', { materials: ['UNOBTANIUM'] }, 'input.materials'],
    ['an unknown certification', { requiredCertifications: ['ISO_99999'] }, 'input.requiredCertifications'],
    ['a quantity of zero', { quantity: 0 }, 'input.quantity'],
    ['a negative quantity', { quantity: -5 }, 'input.quantity'],
    ['a quote deadline in the past', { quoteDeadline: day(-1).toISOString() }, 'input.quoteDeadline'],
    ['a quote deadline after neededBy', { quoteDeadline: day(20).toISOString(), neededBy: day(10).toISOString().slice(0, 10) }, 'input.quoteDeadline'],
    ['a delivery point outside Indonesia', { deliveryLocation: { lat: 35.68, lng: 139.69 } }, 'input.deliveryLocation'],
    ['a zero target price', { targetUnitPrice: '0' }, 'input.targetUnitPrice'],
    ['a target price above Rp 10^15', { targetUnitPrice: '1000000000000001' }, 'input.targetUnitPrice'],
  ])('refuses %s as BAD_USER_INPUT naming the field, and saves nothing', async (_, override, field) => {
    const before = (await buyer.client.ok(`{ myRfqs { totalCount } }`)).myRfqs.totalCount;
    const result = await buyer.client.request(CREATE_RFQ, { input: rfqInput(override) });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.issues?.some((i) => i.field === field || i.field.startsWith(`${field}[`))).toBe(true);
    expect((await buyer.client.ok(`{ myRfqs { totalCount } }`)).myRfqs.totalCount).toBe(before);
  });

  it('names the bound of a target price, and takes exactly Rp 10^15', async () => {
    const result = await buyer.client.request(CREATE_RFQ, { input: rfqInput({ targetUnitPrice: '1000000000000001' }) });
    const issue = result.errors?.[0].extensions?.issues?.find((i) => i.field === 'input.targetUnitPrice');
    expect(issue?.message).toContain('1,000,000,000,000,000');
    expect(await buyer.client.ok(CREATE_RFQ, { input: rfqInput({ targetUnitPrice: '1000000000000000' }) })).toBeTruthy();
  });

  it('refuses an impossible date and a non-numeric price at the scalar', async () => {
    expect(await buyer.client.code(CREATE_RFQ, { input: rfqInput({ neededBy: '2027-02-30' }) })).toBe('BAD_USER_INPUT');
    expect(await buyer.client.code(CREATE_RFQ, { input: rfqInput({ targetUnitPrice: '12.5' }) })).toBe('BAD_USER_INPUT');
  });

  it('lets only buyers post', async () => {
    const ikm = await registerAccount(new GraphqlClient(api.url), { role: 'IKM' });
    expect(await ikm.client.code(CREATE_RFQ, { input: rfqInput() })).toBe('FORBIDDEN');
    expect(await new GraphqlClient(api.url).code(CREATE_RFQ, { input: rfqInput() })).toBe('UNAUTHENTICATED');
  });

  it('cancels its own OPEN RFQ once; another buyer gets NOT_FOUND; a second cancel CONFLICT', async () => {
    const id = (await buyer.client.ok(CREATE_RFQ, { input: rfqInput() })).createRfq.id;
    const other = await registerAccount(new GraphqlClient(api.url), { role: 'BUYER' });
    expect(await other.client.code(CANCEL, { id, reason: 'not mine' })).toBe('NOT_FOUND');
    expect(await buyer.client.code(CANCEL, { id: 'not-a-uuid', reason: 'typo' })).toBe('NOT_FOUND');
    const cancelled = (await buyer.client.ok(CANCEL, { id, reason: 'Desain berubah' })).cancelRfq;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'Desain berubah' });
    expect(await buyer.client.code(CANCEL, { id, reason: 'again' })).toBe('CONFLICT');
  });
});
