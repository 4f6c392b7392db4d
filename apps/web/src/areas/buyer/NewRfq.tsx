import { useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fieldErrors, formError } from '../../lib/field-errors';
import { todayWib } from '../../lib/format';
import { session } from '../../lib/session';
import { navigate } from '../../router/navigation';
import { Button, CheckboxGroup, DateField, ErrorState, FormError, LoadingState, NumberField, RupiahField, ScreenTitle, Select, TextField } from '../../ui';
import { DELIVERY_PLACES } from './delivery-places';
import './buyer.css';
import { buyerTexts } from './i18n';
import { CREATE_RFQ } from './queries';
import { optionsOf, useTaxonomy } from './taxonomy';

const FIELDS = ['title', 'description', 'sector', 'processes', 'materials', 'requiredCertifications', 'quantity', 'unit',
  'neededBy', 'quoteDeadline', 'targetUnitPrice', 'deliveryLocation', 'sealed'];

/** Quotes close at 17:00 WIB on the chosen day (the end of a working day in Tegal). */
const deadlineAt = (date: string) => `${date}T17:00:00+07:00`;

/** Post an RFQ: the taxonomy's pickers, quantity, dates in WIB, target price; the server's issues at their fields. */
export default function NewRfq() {
  const t = useTexts(buyerTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const taxonomy = useTaxonomy();
  const [form, setForm] = useState({
    title: '', description: '', sector: '', processes: [] as string[], materials: [] as string[], requiredCertifications: [] as string[],
    quantity: '', unit: 'pcs', neededBy: '', quoteDeadline: '', targetUnitPrice: '', place: 'KENDAL', sealed: false,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = <K extends keyof typeof form>(key: K) => (value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  if (taxonomy.error && !taxonomy.data) return <ErrorState error={taxonomy.error} onRetry={taxonomy.reload} />;
  if (!taxonomy.data) return <LoadingState />;
  const tax = taxonomy.data.taxonomy;
  const sector = tax.sectors.find((s) => s.sector === form.sector);
  const errors = fieldErrors(error);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const place = DELIVERY_PLACES[form.place];
    const input = {
      title: form.title, description: form.description, sector: form.sector || null, processes: form.processes, materials: form.materials,
      requiredCertifications: form.requiredCertifications, quantity: form.quantity === '' ? null : Number(form.quantity), unit: form.unit,
      neededBy: form.neededBy || null, quoteDeadline: form.quoteDeadline ? deadlineAt(form.quoteDeadline) : null,
      targetUnitPrice: form.targetUnitPrice || null, deliveryLocation: { lat: place.lat, lng: place.lng }, sealed: form.sealed,
    };
    try {
      const { createRfq } = await session.call<{ createRfq: { id: string } }>(CREATE_RFQ, { input });
      navigate(`/rfqs/${createRfq.id}`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="new-rfq-form">
      <ScreenTitle title={t.newTitle} />
      <p class="lead">{t.newLead}</p>
      <FormError message={formError(error, FIELDS, c.networkError)} />
      <TextField id="title" label={t.title} value={form.title} onInput={set('title')} error={errors.title} required maxLength={200} />
      <TextField id="description" label={t.description} value={form.description} onInput={set('description')} error={errors.description} required multiline />
      <Select id="sector" label={t.sector} value={form.sector} placeholder={c.select} error={errors.sector} required
        options={tax.sectors.map((s) => ({ value: s.sector, label: lang === 'id' ? s.labelId : s.label }))}
        onChange={(value) => setForm((f) => ({ ...f, sector: value, processes: [], materials: [] }))} />
      {sector ? (
        <div class="pickers">
          <CheckboxGroup id="processes" legend={t.processes} options={optionsOf(sector.processes, lang)} values={form.processes} onChange={set('processes')} error={errors.processes} />
          <CheckboxGroup id="materials" legend={t.materials} options={optionsOf(sector.materials, lang)} values={form.materials} onChange={set('materials')} error={errors.materials} />
        </div>
      ) : (
        <p class="field-hint" data-testid="pick-sector-first">{t.pickSectorFirst}</p>
      )}
      <CheckboxGroup id="requiredCertifications" legend={t.certifications} options={optionsOf(tax.certifications, lang)}
        values={form.requiredCertifications} onChange={set('requiredCertifications')} error={errors.requiredCertifications} />
      <div class="pair">
        <NumberField id="quantity" label={t.quantity} value={form.quantity} onInput={set('quantity')} error={errors.quantity} required />
        <Select id="unit" label={t.unit} value={form.unit} options={optionsOf(tax.units, lang)} onChange={set('unit')} error={errors.unit} />
      </div>
      <div class="pair">
        <DateField id="neededBy" label={t.neededBy} value={form.neededBy} min={todayWib()} onInput={set('neededBy')} error={errors.neededBy} required />
        <DateField id="quoteDeadline" label={t.quoteDeadline} hint={t.quoteDeadlineHint} value={form.quoteDeadline} min={todayWib()}
          onInput={set('quoteDeadline')} error={errors.quoteDeadline} required />
      </div>
      <RupiahField id="targetUnitPrice" label={t.targetUnitPrice} hint={c.rupiahHint} value={form.targetUnitPrice} onInput={set('targetUnitPrice')} error={errors.targetUnitPrice} />
      <Select id="deliveryLocation" label={t.deliveryLocation} value={form.place} error={errors.deliveryLocation}
        options={Object.entries(DELIVERY_PLACES).map(([value, place]) => ({ value, label: place[lang] }))} onChange={set('place')} />
      <CheckboxGroup id="sealed" legend={t.sealedLegend} options={[{ value: 'sealed', label: t.sealed }]} values={form.sealed ? ['sealed'] : []}
        onChange={(values) => set('sealed')(values.includes('sealed'))} error={errors.sealed} />
      <div class="sticky-actions">
        <Button type="submit" wide busy={busy} busyText={t.posting} data-testid="post-rfq">{t.postRfq}</Button>
      </div>
    </form>
  );
}
