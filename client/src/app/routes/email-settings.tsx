import { PageHeader } from '../../components/ui/page-header';
import { EmailPreferencesForm } from '../../features/email-preferences';

export default function EmailSettingsRoute() {
  return (
    <>
      <PageHeader
        title="Email settings"
        description="Choose, for each kind, whether Heroics emails you right away, once a day, or never. Invitations and password resets always come."
      />
      <EmailPreferencesForm />
    </>
  );
}
