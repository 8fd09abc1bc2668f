import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { api, ok } from './api';
import { boardQuery } from './board-query';
import { earlyOr } from './early';
import { initialLanguage, LocaleContext, NOTICE_STRINGS, rememberLanguage, STRINGS, type Language, type Locale } from './i18n';
import { Layout } from './layout';
import Board from './pages/board';
import { RequireSession, sessionQuery } from './session';
import { Loading } from './ui';
import './styles.css';

// Each page is its own chunk: the first page loads only the shell and itself. The board, the page most people
// open first, is part of the shell: as a lazy page its first render showed the fallback, and React holds content
// that replaces a fallback until 300 ms after the fallback appeared (its throttle against flicker), so the board
// waited idle with its code and data in hand (~130 ms in a trace with 1 000 incidents).
const SignIn = lazy(() => import('./pages/sign-in'));
const Invitation = lazy(() => import('./pages/invitation'));
const NewIncident = lazy(() => import('./pages/new-incident'));
const IncidentPage = lazy(() => import('./pages/incident'));
const NoticePage = lazy(() => import('./pages/notice'));
const Register = lazy(() => import('./pages/register'));
const Organisation = lazy(() => import('./pages/organisation'));
const Users = lazy(() => import('./pages/users'));
const Audit = lazy(() => import('./pages/audit'));
const Inventory = lazy(() => import('./pages/inventory'));
const Account = lazy(() => import('./pages/account'));
const NotFound = lazy(() => import('./pages/not-found'));

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: (count, error) => count < 2 && !(error as { status?: number }).status, refetchOnWindowFocus: true } },
});

const configQuery = {
  queryKey: ['console-config'],
  queryFn: () => earlyOr('/api/v1/console/config', () => ok(api.GET('/api/v1/console/config'))),
  staleTime: Infinity,
};

// Asked for now, side by side, rather than each after the other (most of a second on a loaded machine): the
// configuration (nothing is drawn without it), the session, and when the board is the page opened (the one most
// people open first) its data; web/public/early.js has asked for them already, and these take its answers.
// Without a session the board's data answers 401, and the board asks again once signed in.
void queryClient.prefetchQuery(configQuery);
void queryClient.prefetchQuery(sessionQuery);
if (window.location.pathname === '/') {
  void queryClient.prefetchQuery(boardQuery);
}

function Signed() {
  return (
    <RequireSession>
      <Layout>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Layout>
    </RequireSession>
  );
}

function Public() {
  return (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
}

const router = createBrowserRouter([
  {
    element: <Public />,
    children: [
      { path: '/sign-in', element: <SignIn /> },
      { path: '/invitation/:token', element: <Invitation /> },
    ],
  },
  {
    element: <Signed />,
    children: [
      { path: '/', element: <Board /> },
      { path: '/incidents/new', element: <NewIncident /> },
      { path: '/incidents/:id', element: <IncidentPage /> },
      { path: '/incidents/:id/notices/:noticeId', element: <NoticePage /> },
      { path: '/register', element: <Register /> },
      { path: '/organisation', element: <Organisation /> },
      { path: '/users', element: <Users /> },
      { path: '/audit', element: <Audit /> },
      { path: '/inventory', element: <Inventory /> },
      { path: '/account', element: <Account /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

function App() {
  const config = useQuery(configQuery);
  const [chosen, setChosen] = useState<Language | null>(null);
  const language = chosen ?? initialLanguage(config.data?.defaultLanguage ?? 'ro');
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const locale = useMemo<Locale>(
    () => ({
      language,
      t: STRINGS[language],
      legal: NOTICE_STRINGS[language],
      timeZone: config.data?.displayTimeZone ?? 'Europe/Bucharest',
      setLanguage: (next) => {
        rememberLanguage(next);
        setChosen(next);
      },
    }),
    [language, config.data?.displayTimeZone],
  );
  if (config.isPending) return null;
  return (
    <LocaleContext.Provider value={locale}>
      <RouterProvider router={router} />
    </LocaleContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
