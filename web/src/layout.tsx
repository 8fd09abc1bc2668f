import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { api, ok } from './api';
import { LANGUAGES, useLocale, type Language } from './i18n';
import { INVENTORY_STRINGS } from './pages/inventory-strings';
import { mayActAs, SESSION_KEY, useSession } from './session';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useLocale();
  return (
    <label className="language">
      <span>{t.language}</span>
      <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t.languageName[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, language } = useLocale();
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      queryClient.setQueryData(SESSION_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'console-config' && q.queryKey[0] !== SESSION_KEY[0] });
      navigate('/sign-in');
    },
  });
  const links: Array<[string, string, boolean]> = [
    ['/', t.board, true],
    ['/incidents/new', t.logBreach, mayActAs(user, 'reporter')],
    ['/register', t.register, mayActAs(user, 'reporter')],
    ['/inventory', INVENTORY_STRINGS[language].title, true],
    ['/organisation', t.organisation, mayActAs(user, 'admin')],
    ['/users', t.users, mayActAs(user, 'admin')],
    ['/audit', t.audit, mayActAs(user, 'dpo') || mayActAs(user, 'admin')],
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="top">
        <NavLink to="/" className="brand">
          {t.appName}
        </NavLink>
        <nav aria-label={t.mainNavigation}>
          <ul>
            {links
              .filter(([, , shown]) => shown)
              .map(([to, label]) => (
                <li key={to}>
                  <NavLink to={to} end={to === '/'}>
                    {label}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="who">
          <LanguageSwitch />
          <NavLink to="/account">{user.name}</NavLink>
          <button type="button" className="link" onClick={() => signOut.mutate()}>
            {t.signOut}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
