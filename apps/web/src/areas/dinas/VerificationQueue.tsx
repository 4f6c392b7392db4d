import { useState } from 'preact/hooks';
import { useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { useQuery } from '../../lib/use-query';
import { Button, EmptyState, ErrorState, FormError, LoadingState, ScreenTitle, TextField } from '../../ui';
import { ProfileSummaryCard } from './ProfileSummaryCard';
import { ProfilePage, ProfileSummary, VERIFICATION_QUEUE, VERIFY_PROFILE } from './staff-queries';
import { dinasWorkTexts } from './staff-texts';
import { useTaxonomy } from './taxonomy-labels';

const PAGE = 20;

/** The profiles waiting for the Dinas, oldest first; each verified with a note the IKM can read. */
export default function VerificationQueue() {
  const t = useTexts(dinasWorkTexts);
  const [first, setFirst] = useState(PAGE);
  const queue = useQuery<{ verificationQueue: ProfilePage }>(VERIFICATION_QUEUE, { first });
  const taxonomy = useTaxonomy();
  const [done, setDone] = useState<string | null>(null);
  const page = queue.data?.verificationQueue;

  return (
    <div data-testid="verification-queue">
      <ScreenTitle title={t.queueTitle} />
      <p class="lead">{t.queueLead}</p>
      {done && <p class="notice" role="status" data-testid="verified-notice">{fill(t.verifiedDone, { name: done })}</p>}
      {!page && queue.loading && <LoadingState />}
      {queue.error ? <ErrorState error={queue.error} onRetry={queue.reload} /> : null}
      {page && page.nodes.length === 0 && <EmptyState text={t.queueEmpty} />}
      {page && page.nodes.length > 0 && (
        <>
          <p class="list-meta" aria-live="polite">{fill(t.queueCount, { n: page.totalCount })}</p>
          <ul class="cards" aria-label={t.queueTitle}>
            {page.nodes.map((profile) => (
              <ProfileSummaryCard key={profile.id} profile={profile} taxonomy={taxonomy}>
                <VerifyForm profile={profile} onVerified={() => { setDone(profile.organization.name); queue.reload(); }} />
              </ProfileSummaryCard>
            ))}
          </ul>
          {page.pageInfo.hasNextPage && <Button variant="secondary" wide onClick={() => setFirst(first + PAGE)}>{t.loadMore}</Button>}
        </>
      )}
    </div>
  );
}

function VerifyForm({ profile, onVerified }: { profile: ProfileSummary; onVerified: () => void }) {
  const t = useTexts(dinasWorkTexts);
  const c = useTexts(commonTexts);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = `note-${profile.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.call(VERIFY_PROFILE, { profileId: profile.id, note: note.trim() || null });
      onVerified();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid={`verify-${profile.id}`}>
      <FormError message={formError(error, ['note'], c.networkError)} />
      <TextField id={id} label={t.note} hint={t.noteHint} multiline value={note} onInput={setNote} error={fieldErrors(error).note} />
      <Button type="submit" wide busy={busy} busyText={t.verifying}>{t.verify}</Button>
    </form>
  );
}
