import './ikm.css';
import { useEffect, useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { fieldErrors, formError } from '../../lib/field-errors';
import { formatDateTime } from '../../lib/format';
import { session } from '../../lib/session';
import { useQuery } from '../../lib/use-query';
import { Button, CheckboxGroup, DateField, ErrorState, FormError, LoadingState, NumberField, ScreenTitle, Select, TextField } from '../../ui';
import { CoordinateField } from './CoordinateField';
import { ikmTexts } from './i18n';
import { labelOf, MY_PROFILE, Profile, Taxonomy, TAXONOMY, UPSERT_PROFILE } from './queries';

type Step = 'sector' | 'processes' | 'materials' | 'certs' | 'capacity' | 'location';
const STEPS: readonly Step[] = ['sector', 'processes', 'materials', 'certs', 'capacity', 'location'];
/** Which step shows each field the server may name in a BAD_USER_INPUT issue. */
const STEP_OF: Record<string, Step> = {
  sectors: 'sector', processes: 'processes', materials: 'materials', certifications: 'certs', code: 'certs', number: 'certs',
  validUntil: 'certs', quantity: 'capacity', unit: 'capacity', monthlyCapacity: 'capacity', minOrderQuantity: 'capacity',
  leadTimeDays: 'capacity', kecamatanCode: 'location', location: 'location', lat: 'location', lng: 'location',
};

interface Form {
  sectors: string[]; processes: string[]; materials: string[];
  certs: Record<string, { number: string; validUntil: string }>;
  quantity: string; unit: string; minOrderQuantity: string; leadTimeDays: string; kecamatanCode: string; lat: string; lng: string;
}

const EMPTY: Form = { sectors: [], processes: [], materials: [], certs: {}, quantity: '', unit: 'pcs', minOrderQuantity: '', leadTimeDays: '', kecamatanCode: '', lat: '', lng: '' };

function formOf(p: Profile): Form {
  return {
    sectors: p.sectors, processes: p.processes, materials: p.materials,
    certs: Object.fromEntries(p.certifications.map((c) => [c.code, { number: c.number ?? '', validUntil: c.validUntil ?? '' }])),
    quantity: String(p.monthlyCapacity.quantity), unit: p.monthlyCapacity.unit, minOrderQuantity: String(p.minOrderQuantity),
    leadTimeDays: String(p.leadTimeDays), kecamatanCode: p.kecamatanCode ?? '', lat: p.location ? String(p.location.lat) : '', lng: p.location ? String(p.location.lng) : '',
  };
}

const int = (text: string) => (text.trim() === '' ? null : Number(text));

function inputOf(f: Form) {
  return {
    sectors: f.sectors, processes: f.processes, materials: f.materials,
    certifications: Object.entries(f.certs).map(([code, c]) => ({ code, number: c.number.trim() || null, validUntil: c.validUntil || null })),
    monthlyCapacity: { quantity: int(f.quantity), unit: f.unit },
    minOrderQuantity: int(f.minOrderQuantity), leadTimeDays: int(f.leadTimeDays),
    kecamatanCode: f.kecamatanCode || null,
    location: f.lat && f.lng ? { lat: Number(f.lat), lng: Number(f.lng) } : null,
  };
}

/** The capability profile as a guided form, one step at a time; the server's rules decide (errors at the fields). */
export default function ProfileScreen() {
  const t = useTexts(ikmTexts);
  const c = useTexts(commonTexts);
  const { lang } = useLang();
  const taxonomy = useQuery<{ taxonomy: Taxonomy }>(TAXONOMY);
  const mine = useQuery<{ myProfile: Profile | null }>(MY_PROFILE);
  const [form, setForm] = useState<Form>(EMPTY);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');

  useEffect(() => {
    if (mine.data?.myProfile) setForm(formOf(mine.data.myProfile));
  }, [mine.data]);

  if (taxonomy.error || mine.error) return <ErrorState error={taxonomy.error ?? mine.error} onRetry={() => { taxonomy.reload(); mine.reload(); }} />;
  if (!taxonomy.data || !mine.data) return <LoadingState />;
  const tax = taxonomy.data.taxonomy;
  const profile = mine.data.myProfile;
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const chosenSectors = tax.sectors.filter((s) => form.sectors.includes(s.sector));
  const options = (items: readonly { code: string; label: string; labelId: string }[]) => items.map((i) => ({ value: i.code, label: labelOf(i, lang) }));
  const unique = <T extends { code: string }>(items: T[]) => items.filter((i, n) => items.findIndex((j) => j.code === i.code) === n);
  const errors = fieldErrors(error);
  const current = STEPS[step];
  const last = step === STEPS.length - 1;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!last) return setStep(step + 1);
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await session.call(UPSERT_PROFILE, { input: inputOf(form) });
      setSaved(true);
      mine.reload();
    } catch (failure) {
      setError(failure);
      const wrong = Object.keys(fieldErrors(failure)).map((field) => STEP_OF[field]).filter(Boolean);
      if (wrong.length) setStep(Math.min(...wrong.map((s) => STEPS.indexOf(s))));
    } finally {
      setBusy(false);
    }
  };

  const locate = () => {
    if (!navigator.geolocation) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setForm((f) => ({ ...f, lat: position.coords.latitude.toFixed(5), lng: position.coords.longitude.toFixed(5) }));
        setLocating('idle');
      },
      () => setLocating('failed'),
      { timeout: 10000 },
    );
  };

  const certName = (code: string) => labelOf(tax.certifications.find((i) => i.code === code) ?? { label: code, labelId: code }, lang);

  return (
    <form class="narrow" onSubmit={(event) => void submit(event)} noValidate data-testid="ikm-profile">
      <ScreenTitle title={t.profileTitle} />
      {profile && (
        <p class={profile.verified ? 'notice' : 'notice notice-wait'} data-testid="verification-status">
          {profile.verified ? `${t.verified}${profile.verifiedAt ? ` · ${formatDateTime(profile.verifiedAt, lang)}` : ''}` : t.waiting}
        </p>
      )}
      <ol class="stepper" aria-label={fill(t.stepOf, { n: step + 1, total: STEPS.length })}>
        {STEPS.map((s, n) => (
          <li key={s} aria-current={n === step ? 'step' : undefined}>
            <button type="button" class="stepper-dot" onClick={() => setStep(n)} aria-label={`${n + 1}. ${t[`step_${s}`]}`}>{n + 1}</button>
          </li>
        ))}
      </ol>
      <h2 data-testid="profile-step">{fill(t.stepOf, { n: step + 1, total: STEPS.length })}: {t[`step_${current}`]}</h2>
      <FormError message={formError(error, Object.keys(STEP_OF), c.networkError)} />
      {saved && <p class="notice" role="status" data-testid="profile-saved">{t.profileSaved}</p>}

      {current === 'sector' && (
        <CheckboxGroup id="sectors" legend={t.sectors} values={form.sectors} onChange={set('sectors')} error={errors.sectors}
          options={tax.sectors.map((s) => ({ value: s.sector, label: labelOf(s, lang) }))} />
      )}
      {current === 'processes' && (
        <CheckboxGroup id="processes" legend={t.processes} values={form.processes} onChange={set('processes')} error={errors.processes}
          options={options(unique(chosenSectors.flatMap((s) => s.processes)))} />
      )}
      {current === 'materials' && (
        <CheckboxGroup id="materials" legend={t.materials} values={form.materials} onChange={set('materials')} error={errors.materials}
          options={options(unique(chosenSectors.flatMap((s) => s.materials)))} />
      )}
      {current === 'certs' && (
        <>
          <CheckboxGroup id="certifications" legend={t.certifications} values={Object.keys(form.certs)} error={errors.certifications ?? errors.code}
            options={options(tax.certifications)}
            onChange={(codes) => set('certs')(Object.fromEntries(codes.map((code) => [code, form.certs[code] ?? { number: '', validUntil: '' }])))} />
          {Object.entries(form.certs).map(([code, cert], n) => (
            <div class="cert-detail" key={code}>
              <TextField id={`number-${code}`} label={fill(t.certNumber, { name: certName(code) })} value={cert.number} error={n === 0 ? errors.number : null}
                onInput={(number) => set('certs')({ ...form.certs, [code]: { ...cert, number } })} />
              <DateField id={`validUntil-${code}`} label={fill(t.certExpiry, { name: certName(code) })} value={cert.validUntil} error={n === 0 ? errors.validUntil : null}
                onInput={(validUntil) => set('certs')({ ...form.certs, [code]: { ...cert, validUntil } })} />
            </div>
          ))}
        </>
      )}
      {current === 'capacity' && (
        <>
          <NumberField id="quantity" label={t.monthlyCapacity} value={form.quantity} onInput={set('quantity')} error={errors.quantity} required />
          <Select id="unit" label={t.unit} value={form.unit} onChange={set('unit')} error={errors.unit} options={options(tax.units)} />
          <NumberField id="minOrderQuantity" label={t.minOrderQuantity} value={form.minOrderQuantity} onInput={set('minOrderQuantity')} error={errors.minOrderQuantity} suffix={form.unit} required />
          <NumberField id="leadTimeDays" label={t.leadTimeDays} value={form.leadTimeDays} onInput={set('leadTimeDays')} error={errors.leadTimeDays} suffix={t.days} required />
        </>
      )}
      {current === 'location' && (
        <>
          <Select id="kecamatanCode" label={t.kecamatan} value={form.kecamatanCode} onChange={set('kecamatanCode')} error={errors.kecamatanCode} placeholder={c.select} options={options(tax.kecamatan)} />
          <CoordinateField id="lat" label={t.lat} value={form.lat} onInput={set('lat')} error={errors.lat ?? errors.location} />
          <CoordinateField id="lng" label={t.lng} value={form.lng} onInput={set('lng')} error={errors.lng} />
          <Button variant="secondary" onClick={locate} busy={locating === 'busy'} data-testid="use-location">{t.useLocation}</Button>
          {locating === 'failed' && <p class="field-error" role="alert">{t.locationFailed}</p>}
        </>
      )}

      <div class="actions sticky-actions">
        {step > 0 && <Button variant="secondary" onClick={() => setStep(step - 1)}>{c.back}</Button>}
        <Button type="submit" busy={busy} busyText={c.loading} data-testid={last ? 'save-profile' : 'profile-next'}>{last ? t.saveProfile : t.next}</Button>
      </div>
    </form>
  );
}
