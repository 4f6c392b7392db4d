import { useState } from 'preact/hooks';
import { useLang, useTexts } from '../../i18n/lang';
import { fill } from '../../i18n/texts';
import { fieldErrors } from '../../lib/field-errors';
import { useQuery } from '../../lib/use-query';
import { Button, EmptyState, ErrorState, LoadingState, ScreenTitle, Select } from '../../ui';
import { ProfileSummaryCard } from './ProfileSummaryCard';
import { IKM_DIRECTORY, ProfilePage } from './staff-queries';
import { dinasWorkTexts } from './staff-texts';
import { useTaxonomy } from './taxonomy-labels';

const PAGE = 20;

/** Every IKM with a profile, filtered by sector, process, kecamatan and verification. */
export default function IkmDirectory() {
  const t = useTexts(dinasWorkTexts);
  const { lang } = useLang();
  const taxonomy = useTaxonomy();
  const [sector, setSector] = useState('');
  const [process, setProcess] = useState('');
  const [kecamatanCode, setKecamatan] = useState('');
  const [verified, setVerified] = useState('');
  const [first, setFirst] = useState(PAGE);
  const filter = {
    ...(sector ? { sector } : {}),
    ...(process ? { processes: [process] } : {}),
    ...(kecamatanCode ? { kecamatanCode } : {}),
    ...(verified ? { verified: verified === 'yes' } : {}),
  };
  const directory = useQuery<{ capabilityProfiles: ProfilePage }>(IKM_DIRECTORY, { filter, first });
  const page = directory.data?.capabilityProfiles;
  const errors = fieldErrors(directory.error);
  const name = (item: { label: string; labelId: string }) => (lang === 'id' ? item.labelId : item.label);
  const sectorProcesses = taxonomy?.sectors.find((s) => s.sector === sector)?.processes ?? [];

  return (
    <div data-testid="ikm-directory">
      <ScreenTitle title={t.directoryTitle} />
      <p class="lead">{t.directoryLead}</p>
      <section class="card" aria-label={t.filters}>
        <Select id="sector" label={t.sector} value={sector} placeholder={t.anySector} error={errors.sector}
          options={(taxonomy?.sectors ?? []).map((s) => ({ value: s.sector, label: name(s) }))}
          onChange={(value) => { setSector(value); setProcess(''); setFirst(PAGE); }} />
        {sector && (
          <Select id="process" label={t.process} value={process} placeholder={t.anyProcess} error={errors.processes}
            options={sectorProcesses.map((p) => ({ value: p.code, label: name(p) }))}
            onChange={(value) => { setProcess(value); setFirst(PAGE); }} />
        )}
        <Select id="kecamatan" label={t.kecamatan} value={kecamatanCode} placeholder={t.anyKecamatan} error={errors.kecamatanCode}
          options={(taxonomy?.kecamatan ?? []).map((k) => ({ value: k.code, label: name(k) }))}
          onChange={(value) => { setKecamatan(value); setFirst(PAGE); }} />
        <Select id="verified" label={t.verification} value={verified} placeholder={t.anyStatus}
          options={[{ value: 'yes', label: t.verifiedOnly }, { value: 'no', label: t.unverifiedOnly }]}
          onChange={(value) => { setVerified(value); setFirst(PAGE); }} />
      </section>
      {!page && directory.loading && <LoadingState />}
      {directory.error && !Object.keys(errors).length ? <ErrorState error={directory.error} onRetry={directory.reload} /> : null}
      {page && (
        <>
          <p class="list-meta" role="status" data-testid="directory-count">{fill(t.found, { n: page.totalCount })}</p>
          {page.nodes.length === 0 ? <EmptyState text={t.directoryEmpty} /> : (
            <ul class="cards" aria-label={t.directoryTitle}>
              {page.nodes.map((profile) => <ProfileSummaryCard key={profile.id} profile={profile} taxonomy={taxonomy} />)}
            </ul>
          )}
          {page.pageInfo.hasNextPage && <Button variant="secondary" wide onClick={() => setFirst(first + PAGE)}>{t.loadMore}</Button>}
        </>
      )}
    </div>
  );
}
