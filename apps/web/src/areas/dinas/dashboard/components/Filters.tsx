import type { DashboardFilter, SectorInfo, TaxonomyItem } from '../queries';
import { SECTORS } from '../queries';
import type { Lang, Texts } from '../i18n';

interface Props {
  filter: DashboardFilter;
  onChange: (filter: DashboardFilter) => void;
  sectors: SectorInfo[];
  kecamatan: TaxonomyItem[];
  t: Texts;
  lang: Lang;
}

/** From, to, sector and kecamatan; every change re-queries the dashboard. */
export function Filters({ filter, onChange, sectors, kecamatan, t, lang }: Props) {
  const set = (key: keyof DashboardFilter, value: string) => {
    const next = { ...filter, [key]: value || undefined };
    if (!value) delete next[key];
    onChange(next);
  };
  const sectorName = (code: string) => {
    const info = sectors.find((s) => s.sector === code);
    return info ? (lang === 'en' ? info.label : info.labelId) : code;
  };

  return (
    <form class="filters" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="filter-from">{t.from}</label>
        <input id="filter-from" type="date" min="2000-01-01" max="2100-12-31" value={filter.from ?? ''} data-testid="filter-from"
          onChange={(e) => set('from', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="filter-to">{t.to}</label>
        <input id="filter-to" type="date" min="2000-01-01" max="2100-12-31" value={filter.to ?? ''} data-testid="filter-to"
          onChange={(e) => set('to', (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="filter-sector">{t.sector}</label>
        <select id="filter-sector" value={filter.sector ?? ''} data-testid="filter-sector"
          onChange={(e) => set('sector', (e.target as HTMLSelectElement).value)}>
          <option value="">{t.all}</option>
          {SECTORS.map((s) => <option key={s} value={s}>{sectorName(s)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-kecamatan">{t.kecamatan}</label>
        <select id="filter-kecamatan" value={filter.kecamatanCode ?? ''} data-testid="filter-kecamatan"
          onChange={(e) => set('kecamatanCode', (e.target as HTMLSelectElement).value)}>
          <option value="">{t.all}</option>
          {kecamatan.map((k) => <option key={k.code} value={k.code}>{lang === 'en' ? k.label : k.labelId}</option>)}
        </select>
      </div>
      <button type="button" class="secondary" onClick={() => onChange({})} data-testid="filter-reset">{t.reset}</button>
    </form>
  );
}
