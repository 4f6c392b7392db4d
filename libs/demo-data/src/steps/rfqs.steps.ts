import { EntityManager } from 'typeorm';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { RfqEntity } from '@jalin/sourcing';
import { taxonomyCatalog } from '@jalin/taxonomy';
import { UserEntity } from '@jalin/identity';
import { DEMO_RFQS } from '../data/rfqs.data';
import { DemoSeedContext } from '../demo-seed-context';
import { DemoSeedStep } from '../demo-seed-step';

const SITES: Record<string, string> = {
  'buyer.kendal-presisi': 'KAWASAN_INDUSTRI_KENDAL',
  'buyer.karoseri-magelang': 'NEW_ARMADA_MAGELANG',
  'buyer.karoseri-ungaran': 'LAKSANA_UNGARAN',
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);

/**
 * Open RFQs of the demo buyers, found again by buyer and title. Each new one queues its matching
 * through the outbox, exactly as createRfq does, so the demo's worker matches them at start.
 */
export const openRfqsStep: DemoSeedStep = {
  name: 'open-rfqs',
  async run(manager: EntityManager, context: DemoSeedContext): Promise<void> {
    const outbox = new OutboxWriter();
    for (const demo of DEMO_RFQS) {
      const buyer = context.organization(demo.buyerKey);
      if (await manager.existsBy(RfqEntity, { buyerOrganizationId: buyer.id, title: demo.title })) {
        context.record('rfq', 'kept');
        continue;
      }
      const user = await manager.findOneByOrFail(UserEntity, { organizationId: buyer.id });
      const site = taxonomyCatalog.place(SITES[demo.buyerKey])!.location;
      const rfq = await manager.save(manager.create(RfqEntity, {
        buyerOrganizationId: buyer.id, createdByUserId: user.id, title: demo.title, description: demo.description,
        sector: demo.sector, processes: [...demo.processes], materials: [...demo.materials],
        requiredCertifications: [...demo.requiredCertifications], quantity: demo.quantity, unit: demo.unit,
        targetUnitPrice: demo.targetUnitPrice, deliveryLat: site.lat, deliveryLng: site.lng,
        neededBy: day(demo.neededInDays).toISOString().slice(0, 10), quoteDeadline: day(demo.quoteInDays),
        sealed: demo.sealed ?? false, isDemo: true,
      }));
      await outbox.append(manager, DomainEventName.RfqMatchingRequested, { rfqId: rfq.id, matchingVersion: rfq.matchingVersion });
      context.record('rfq', 'created');
    }
  },
};
