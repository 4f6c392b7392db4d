import { useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { fill } from '../../i18n/texts';
import { formatNumber } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { Button, CheckboxGroup, EmptyState, ErrorState, List, ListItem, LoadingState, ScreenTitle, Select, TextField } from '../../ui';
import './buyer.css';
import { buyerTexts } from './i18n';
import { SUPPLIERS, SupplierRow } from './queries';
import { allItems, labelOf, optionsOf, useTaxonomy } from './taxonomy';

interface Search { search: string; sector: string; process: string; material: string; certification: string; kecamatanCode: string; verified: boolean }
const EMPTY: Search = { search: '', sector: '', process: '', material: '', certification: '', kecamatanCode: '', verified: false };

/** The API's ProfileFilter from the form (empty choices left out). */
function filterOf(s: Search) {
  return {
    search: s.search.trim() || undefined, sector: s.sector || undefined, processes: s.process ? [s.process] : undefined,
    materials: s.material ? [s.material] : undefined, certifications: s.certification ? [s.certification] : undefined,
    kecamatanCode: s.kecamatanCode || undefined, verified: s.verified ? true : undefined,
  };
}

/** The supplier directory: IKM profiles by sector, process, material, certification, kecamatan and verification. */
export default function Suppliers() {
  const t = useTexts(buyerTexts);
  const { lang } = useLang();
  const taxonomy = useTaxonomy();
  const [form, setForm] = useState<Search>(EMPTY);
  const [applied, setApplied] = useState<Search>(EMPTY);
  const { data, error, loading, reload } = useQuery<{ capabilityProfiles: { totalCount: number; nodes: SupplierRow[] } }>(SUPPLIERS, { filter: filterOf(applied), first: 50 });
  const tax = taxonomy.data?.taxonomy;
  const sectors = tax?.sectors ?? [];
  const chosen = sectors.filter((s) => !form.sector || s.sector === form.sector);
  const unique = <T extends { code: string }>(items: T[]) => items.filter((item, i) => items.findIndex((x) => x.code === item.code) === i);
  const items = allItems(tax);
  const name = (code: string) => labelOf(items, code, lang);
  const set = <K extends keyof Search>(key: K) => (value: Search[K]) => setForm((f) => ({ ...f, [key]: value }));

  return (
    <div data-testid="buyer-suppliers">
      <ScreenTitle title={t.suppliersTitle} />
      <p class="lead">{t.suppliersLead}</p>
      <form role="search" aria-label={t.suppliersTitle} onSubmit={(e) => { e.preventDefault(); setApplied(form); }} data-testid="supplier-search">
        <TextField id="search" type="search" label={t.search} value={form.search} onInput={set('search')} />
        <div class="pair">
          <Select id="sector" label={t.sector} value={form.sector} placeholder={t.anything}
            options={sectors.map((s) => ({ value: s.sector, label: lang === 'id' ? s.labelId : s.label }))}
            onChange={(value) => setForm((f) => ({ ...f, sector: value, process: '', material: '' }))} />
          <Select id="process" label={t.processes} value={form.process} placeholder={t.anything} onChange={set('process')}
            options={optionsOf(unique(chosen.flatMap((s) => s.processes)), lang)} />
          <Select id="material" label={t.materials} value={form.material} placeholder={t.anything} onChange={set('material')}
            options={optionsOf(unique(chosen.flatMap((s) => s.materials)), lang)} />
          <Select id="certification" label={t.certification} value={form.certification} placeholder={t.anything} onChange={set('certification')}
            options={optionsOf(tax?.certifications ?? [], lang)} />
          <Select id="kecamatanCode" label={t.kecamatan} value={form.kecamatanCode} placeholder={t.anything} onChange={set('kecamatanCode')}
            options={optionsOf(tax?.kecamatan ?? [], lang)} />
          <CheckboxGroup id="verified" legend={t.verified} options={[{ value: 'yes', label: t.verifiedOnly }]} values={form.verified ? ['yes'] : []}
            onChange={(values) => set('verified')(values.includes('yes'))} />
        </div>
        <Button type="submit" wide data-testid="supplier-search-submit">{t.find}</Button>
      </form>
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !data ? <LoadingState /> : null}
      {data && (
        <>
          <p role="status" data-testid="suppliers-found">{fill(t.suppliersFound, { n: data.capabilityProfiles.totalCount })}</p>
          {data.capabilityProfiles.nodes.length === 0 ? <EmptyState /> : (
            <List label={t.suppliersLabel} testId="suppliers">
              {data.capabilityProfiles.nodes.map((p) => (
                <ListItem key={p.id} title={p.organization.name} testId={`supplier-${p.organization.id}`}
                  meta={`${p.verified ? t.verified : t.notVerified}${p.kecamatanCode ? ` · ${name(p.kecamatanCode)}` : ''}`}>
                  {[...p.processes, ...p.materials, ...p.heldCertifications].map(name).join(', ')}
                  <br />
                  {fill(t.capacity, { n: formatNumber(p.monthlyCapacity.quantity, lang), unit: p.monthlyCapacity.unit, min: formatNumber(p.minOrderQuantity, lang), days: p.leadTimeDays })}
                </ListItem>
              ))}
            </List>
          )}
        </>
      )}
    </div>
  );
}
