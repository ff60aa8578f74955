import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { CenteredLoader } from '../components/ui/centered-loader';
import AppLayout from './app-layout';
import { PAGES, type Page } from './pages';
import { RequireRole, RequireSession } from './session-guards';

// The shell is in the first bundle (where a signed-in person lands), though the sign-in page does not need it:
// on a slow network a lazy shell is another round of chunks before the first story shows.
const NotFoundRoute = lazy(() => import('./routes/not-found'));

function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<CenteredLoader />}>{children}</Suspense>;
}

function guarded(page: Page): ReactNode {
  const Component = page.component;
  return page.roles ? (
    <RequireRole roles={page.roles}>
      <Component />
    </RequireRole>
  ) : (
    <Component />
  );
}

/** Routes built from the table of pages (pages.tsx), so the router and the navigation cannot disagree. */
export function routesFrom(pages: Page[]): RouteObject[] {
  const standalone = pages
    .filter((p) => p.layout !== 'shell')
    .map((p): RouteObject => ({
      path: p.path,
      element: p.layout === 'public' ? <Standalone>{guarded(p)}</Standalone> : <RequireSession>{() => <Standalone>{guarded(p)}</Standalone>}</RequireSession>,
    }));
  const shell = pages
    .filter((p) => p.layout === 'shell')
    .map((p): RouteObject => (p.path === '/' ? { index: true, element: guarded(p) } : { path: p.path.slice(1), element: guarded(p) }));
  return [
    ...standalone,
    {
      path: '/',
      element: (
        <RequireSession>
          {(employee) => (
            <Standalone>
              <AppLayout employee={employee} />
            </Standalone>
          )}
        </RequireSession>
      ),
      children: [...shell, { path: '*', element: <NotFoundRoute /> }],
    },
  ];
}

export const router = createBrowserRouter(routesFrom(PAGES));
