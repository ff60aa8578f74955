import { Fragment, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { restoreSession } from '../lib/auth-session';
import { CompanyLanguageFollower } from './language-follower';
import { AppProviders } from './providers';
import { router } from './router';

/** A change of language renders the app afresh, so every date, number and list formatted through Intl follows it. */
function InLanguage({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  return <Fragment key={i18n.language}>{children}</Fragment>;
}

export function App() {
  useEffect(() => {
    void restoreSession();
  }, []);
  return (
    <AppProviders>
      <CompanyLanguageFollower />
      <InLanguage>
        <RouterProvider router={router} />
      </InLanguage>
    </AppProviders>
  );
}
