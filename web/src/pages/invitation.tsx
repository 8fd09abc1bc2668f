import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, ApiError, ok } from '../api';
import { useLocale } from '../i18n';
import { LanguageSwitch } from '../layout';
import { ErrorMessage, Loading, RecoveryCodeList, TextField } from '../ui';

export default function Invitation() {
  const { t } = useLocale();
  const { token = '' } = useParams();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => ok(api.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
    retry: false,
    staleTime: Infinity,
  });
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [code, setCode] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const accept = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/invitations/{token}/accept', {
          params: { path: { token } },
          body: { password, ...(code.trim() ? { code: code.trim() } : {}) },
        }),
      ),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== confirmation);
    if (password === confirmation) accept.mutate();
  };
  const problem = accept.error instanceof ApiError ? accept.error : null;
  return (
    <main id="main" className="narrow">
      <div className="corner">
        <LanguageSwitch />
      </div>
      <h1>{t.invitationTitle}</h1>
      {invitation.isPending && <Loading />}
      {invitation.isError && (
        <div className="alert error" role="alert">
          <p>{t.invitationInvalid}</p>
        </div>
      )}
      {invitation.data && !accept.data && (
        <form onSubmit={submit} noValidate>
          <p>{t.invitationFor(invitation.data.name, invitation.data.email)}</p>
          <h2>{t.choosePassword}</h2>
          <TextField
            label={t.password}
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            errors={problem?.linesFor('password')}
          />
          <TextField
            label={t.confirmPassword}
            type="password"
            autoComplete="new-password"
            required
            value={confirmation}
            onChange={(e) => setConfirmation(e.target.value)}
            errors={mismatch ? [t.passwordsDiffer] : undefined}
          />
          <h2>{t.totpSetup}</h2>
          <p>{t.totpSetupText}</p>
          <img
            className="qr"
            alt={t.qrCode}
            src={`data:image/svg+xml;utf8,${encodeURIComponent(invitation.data.totp.qrCodeSvg)}`}
            width={200}
            height={200}
          />
          <TextField label={t.setupKey} readOnly value={invitation.data.totp.secret} className="mono" />
          <TextField
            label={t.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            required={invitation.data.totpRequired}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            errors={problem && (problem.code?.startsWith('TOTP') || problem.linesFor('code').length) ? [t.totpInvalid] : undefined}
          />
          {problem && !problem.code?.startsWith('TOTP') && !problem.linesFor('password').length && <ErrorMessage error={problem} />}
          <button type="submit" className="primary" disabled={accept.isPending}>
            {t.activate}
          </button>
        </form>
      )}
      {accept.data && (
        <section aria-labelledby="recovery">
          <h2 id="recovery">{t.recoveryCodes}</h2>
          <p>{t.recoveryCodesText}</p>
          <RecoveryCodeList codes={accept.data.recoveryCodes} />
          <Link to="/sign-in" className="button primary">
            {t.continueToSignIn}
          </Link>
        </section>
      )}
    </main>
  );
}
