import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError, ok, setCsrfToken } from '../api';
import { useLocale } from '../i18n';
import { LanguageSwitch } from '../layout';
import { SESSION_KEY, useSessionQuery, type Session } from '../session';
import { TextField } from '../ui';

/** Only a path of this console: never an address elsewhere (an open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export default function SignIn() {
  const { t } = useLocale();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const existing = useSessionQuery();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);
  const login = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/auth/login', { body: { email, password, ...(code.trim() ? { code: code.trim() } : {}) } })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData<Session>(SESSION_KEY, session as Session);
      navigate(next, { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.code === 'TOTP_REQUIRED' || error.code === 'TOTP_INVALID')) codeRef.current?.focus();
    },
  });
  if (existing.data) return <Navigate to={next} replace />;
  const problem = login.error instanceof ApiError ? login.error : null;
  const message = !login.error
    ? null
    : problem?.status === 429
      ? t.locked
      : problem?.code === 'TOTP_REQUIRED'
        ? t.totpRequired
        : problem?.code === 'TOTP_INVALID'
          ? t.totpInvalid
          : problem?.status === 401
            ? t.invalidCredentials
            : t.error;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  return (
    <main id="main" className="narrow">
      <div className="corner">
        <LanguageSwitch />
      </div>
      <h1>{t.signInTitle}</h1>
      <form onSubmit={submit} noValidate>
        {message && (
          <div className="alert error" role="alert">
            <p>{message}</p>
          </div>
        )}
        <TextField label={t.email} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextField
          label={t.password}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <TextField
          ref={codeRef}
          label={t.code}
          hint={t.codeHint}
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          errors={problem?.code === 'TOTP_INVALID' ? [t.totpInvalid] : undefined}
        />
        <button type="submit" className="primary" disabled={login.isPending}>
          {t.signIn}
        </button>
      </form>
    </main>
  );
}
