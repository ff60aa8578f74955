import { useEffect } from 'react';
import { RouterProvider } from 'react-router/dom';
import { restoreSession } from '../lib/auth-session';
import { AppProviders } from './providers';
import { router } from './router';

export function App() {
  useEffect(() => {
    void restoreSession();
  }, []);
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
