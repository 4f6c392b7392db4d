import { useState } from 'preact/hooks';
import { useTexts } from '../../i18n/lang';
import { commonTexts } from '../../i18n/common';
import { fill } from '../../i18n/texts';
import { fieldErrors, formError } from '../../lib/field-errors';
import { session } from '../../lib/session';
import { useQuery } from '../../lib/use-query';
import { Button, Card, CheckboxGroup, ErrorState, FormError, LinkButton, List, ListItem, LoadingState, ScreenTitle, TextField } from '../../ui';
import { staffTexts } from './staff-texts';

const STAFF_ACCOUNTS = `query StaffAccounts($first: Int) { staffAccounts(first: $first) { totalCount nodes { id name email role } } }`;

const CREATE_STAFF_ACCOUNT = `mutation CreateStaffAccount($input: StaffAccountInput!) {
  createStaffAccount(input: $input) { id name email role }
}`;

type StaffRole = 'DINAS' | 'ADMIN';
interface StaffAccount {
  id: string;
  name: string;
  email: string | null;
  role: StaffRole;
}

const FIELDS = ['role', 'name', 'email', 'password'];
const EMPTY = { role: 'DINAS' as StaffRole, name: '', email: '', password: '' };

/** The admin creates Dinas officers and other admins; the server's rules decide what is valid. */
export default function StaffAccounts() {
  const t = useTexts(staffTexts);
  const c = useTexts(commonTexts);
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<StaffAccount | null>(null);
  const staff = useQuery<{ staffAccounts: { totalCount: number; nodes: StaffAccount[] } }>(STAFF_ACCOUNTS, { first: 100 });
  const set = (key: 'name' | 'email' | 'password') => (value: string) => setForm({ ...form, [key]: value });
  const roleName = (role: StaffRole) => (role === 'DINAS' ? t.roleNameDINAS : t.roleNameADMIN);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { createStaffAccount } = await session.call<{ createStaffAccount: StaffAccount }>(CREATE_STAFF_ACCOUNT, { input: form });
      setCreated(createStaffAccount);
      staff.reload();
      setForm(EMPTY);
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  };
  const errors = fieldErrors(error);
  const last = created;

  return (
    <div data-testid="staff-accounts">
      <ScreenTitle title={t.title} />
      <p class="lead">{t.lead}</p>
      <p class="actions"><LinkButton href="/ikm-directory">{t.directoryLink}</LinkButton></p>
      {last && <p class="notice" role="status" data-testid="staff-created">{fill(t.created, { email: last.email ?? last.name, role: roleName(last.role) })}</p>}
      <Card title={t.formTitle}>
        <form onSubmit={(event) => void submit(event)} noValidate data-testid="staff-form">
          <FormError message={formError(error, FIELDS, c.networkError)} />
          <CheckboxGroup id="role" legend={t.role} single values={[form.role]} error={errors.role}
            onChange={([value]) => setForm({ ...form, role: value as StaffRole })}
            options={[{ value: 'DINAS', label: t.roleDinas }, { value: 'ADMIN', label: t.roleAdmin }]} />
          <TextField id="name" label={t.name} autocomplete="off" value={form.name} onInput={set('name')} error={errors.name} required />
          <TextField id="email" label={t.email} type="email" autocomplete="off" value={form.email} onInput={set('email')} error={errors.email} required />
          <TextField id="password" label={t.password} type="password" autocomplete="new-password" hint={t.passwordHint} value={form.password} onInput={set('password')} error={errors.password} required />
          <Button type="submit" wide busy={busy} busyText={t.creating}>{t.create}</Button>
        </form>
      </Card>
      <h2>{t.listTitle}</h2>
      {!staff.data && staff.loading && <LoadingState />}
      {staff.error ? <ErrorState error={staff.error} onRetry={staff.reload} /> : null}
      {staff.data && (
        <List label={t.listTitle} testId="staff-list">
          {staff.data.staffAccounts.nodes.map((account) => <ListItem key={account.id} title={account.name} meta={roleName(account.role)}>{account.email}</ListItem>)}
        </List>
      )}
    </div>
  );
}
