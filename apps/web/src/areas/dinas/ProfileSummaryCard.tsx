import './staff.css';
import type { ComponentChildren } from 'preact';
import { useLang, useTexts } from '../../i18n/lang';
import { fill } from '../../i18n/texts';
import { formatDate, formatNumber } from '../../lib/format';
import { ProfileSummary, TaxonomyLists } from './staff-queries';
import { dinasWorkTexts } from './staff-texts';
import { labelOf } from './taxonomy-labels';

/** One IKM profile as the Dinas reads it: who, where, what it does, and whether it is verified. */
export function ProfileSummaryCard({ profile, taxonomy, children }: { profile: ProfileSummary; taxonomy: TaxonomyLists | null; children?: ComponentChildren }) {
  const t = useTexts(dinasWorkTexts);
  const { lang } = useLang();
  const sectors = taxonomy?.sectors.map((s) => ({ code: s.sector, label: s.label, labelId: s.labelId }));
  const processes = taxonomy?.sectors.flatMap((s) => s.processes);
  const valid = profile.certifications.filter((c) => !c.expired);
  return (
    <li class="card profile-card" data-testid={`profile-${profile.id}`}>
      <h2 class="card-title">{profile.organization.name}</h2>
      <p class={`status ${profile.verified ? 'status-ok' : 'status-wait'}`}>{profile.verified ? t.verifiedBadge : t.unverifiedBadge}</p>
      <dl class="facts">
        <dt>{t.kecamatan}</dt>
        <dd>{profile.kecamatanCode ? labelOf(taxonomy?.kecamatan, profile.kecamatanCode, lang) : '–'}</dd>
        <dt>{t.sectors}</dt>
        <dd>{profile.sectors.map((code) => labelOf(sectors, code, lang)).join(', ')}</dd>
        <dt>{t.processes}</dt>
        <dd>{profile.processes.map((code) => labelOf(processes, code, lang)).join(', ') || '–'}</dd>
        <dt>{t.capacity}</dt>
        <dd>{formatNumber(profile.monthlyCapacity.quantity, lang)} {labelOf(taxonomy?.units, profile.monthlyCapacity.unit, lang)}</dd>
        <dt>{t.leadTime}</dt>
        <dd>{fill(t.days, { n: profile.leadTimeDays })}</dd>
        <dt>{t.certifications}</dt>
        <dd>{valid.map((c) => labelOf(taxonomy?.certifications, c.code, lang)).join(', ') || t.none}</dd>
      </dl>
      <p class="list-meta">{fill(t.waitingSince, { when: formatDate(profile.createdAt, lang) })}</p>
      {children}
    </li>
  );
}
