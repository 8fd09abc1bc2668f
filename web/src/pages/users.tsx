import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, ok, type Schemas } from '../api';
import { useLocale } from '../i18n';
import { Time } from '../time';
import { CheckboxGroup, ErrorMessage, Loading, TextField } from '../ui';

type Role = Schemas['CreateUserDto']['roles'][number];
const ROLES: Role[] = ['reporter', 'responder', 'dpo', 'admin'];

/** Something shown once (an invitation link, a token): selectable, with its meaning. */
function Secret({ label, value }: { label: string; value: string }) {
  return <TextField label={label} readOnly value={value} className="mono" onFocus={(e) => e.target.select()} />;
}

function Tokens({ user }: { user: Schemas['UserView'] }) {
  const { t } = useLocale();
  const tokens = useQuery({
    queryKey: ['tokens', user.id],
    queryFn: () => ok(api.GET('/api/v1/users/{id}/tokens', { params: { path: { id: user.id } } })),
  });
  const issue = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/users/{id}/tokens', { params: { path: { id: user.id } }, body: { revokeExisting: false } })),
    onSuccess: () => void tokens.refetch(),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => void tokens.refetch(),
  });
  return (
    <>
      <ul>
        {tokens.data?.map((token) => (
          <li key={token.id}>
            <span className="mono">{token.prefix}…</span> {token.label} <Time iso={token.createdAt} />{' '}
            {token.revokedAt ? (
              <span className="muted">
                ({t.revoke.toLowerCase()}: <Time iso={token.revokedAt} />)
              </span>
            ) : (
              <button type="button" className="danger" onClick={() => revoke.mutate(token.id)} aria-label={`${t.revoke} ${token.prefix}`}>
                {t.revoke}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => issue.mutate()} disabled={issue.isPending}>
        {t.newToken}
      </button>
      {issue.data && <Secret label={t.tokenShownOnce} value={issue.data.token} />}
      <ErrorMessage error={issue.error ?? revoke.error ?? tokens.error} />
    </>
  );
}

function UserRow({ user }: { user: Schemas['UserView'] }) {
  const { t } = useLocale();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['users'] });
  const path = { params: { path: { id: user.id } } };
  const invitation = useMutation({ mutationFn: () => ok(api.POST('/api/v1/users/{id}/invitation', path)) });
  const toggle = useMutation({
    mutationFn: () =>
      user.deactivatedAt ? ok(api.POST('/api/v1/users/{id}/reactivate', path)) : ok(api.POST('/api/v1/users/{id}/deactivate', path)),
    onSuccess: refresh,
  });
  return (
    <li className="card">
      <h2>
        {user.name} <span className="muted">({user.email})</span>
      </h2>
      <p>
        {t.roles}: {user.roles.join(', ')} {user.deactivatedAt && <strong>— {t.deactivated}</strong>}
      </p>
      <div className="actions">
        <button type="button" onClick={() => invitation.mutate()} disabled={invitation.isPending}>
          {t.reissueInvitation}
        </button>
        <button type="button" className={user.deactivatedAt ? '' : 'danger'} onClick={() => toggle.mutate()} disabled={toggle.isPending}>
          {user.deactivatedAt ? t.reactivate : t.deactivate}
        </button>
      </div>
      {invitation.data && <Secret label={t.invitationLink} value={invitation.data.invitationUrl} />}
      <ErrorMessage error={invitation.error ?? toggle.error} />
      <details>
        <summary>{t.newToken}</summary>
        <Tokens user={user} />
      </details>
    </li>
  );
}

export default function Users() {
  const { t } = useLocale();
  const users = useQuery({ queryKey: ['users'], queryFn: () => ok(api.GET('/api/v1/users')) });
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['reporter']);
  const invite = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/users', { body: { name, email, roles } })),
    onSuccess: () => {
      setName('');
      setEmail('');
      void users.refetch();
    },
  });
  const errors = (field: string) => (invite.error instanceof ApiError ? invite.error.linesFor(field) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };
  const created = invite.data as (Schemas['CreatedUserView'] & { invitationUrl?: string }) | undefined;
  return (
    <>
      <h1>{t.usersTitle}</h1>
      <section className="card" aria-labelledby="invite">
        <h2 id="invite">{t.invite}</h2>
        <form onSubmit={submit} noValidate>
          <TextField label={t.name} required value={name} onChange={(e) => setName(e.target.value)} errors={errors('name')} />
          <TextField
            label={t.email}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errors={errors('email')}
          />
          <CheckboxGroup legend={t.roles} options={ROLES.map((r) => [r, r])} value={roles} onChange={setRoles} errors={errors('roles')} />
          <button type="submit" className="primary" disabled={invite.isPending}>
            {t.invite}
          </button>
        </form>
        {created?.invitationUrl && <Secret label={t.invitationLink} value={created.invitationUrl} />}
        {created && <Secret label={t.tokenShownOnce} value={created.token} />}
      </section>
      {users.isPending && <Loading />}
      <ErrorMessage error={users.error} />
      <ul className="plain">
        {users.data?.map((user) => (
          <UserRow key={user.id} user={user} />
        ))}
      </ul>
    </>
  );
}
