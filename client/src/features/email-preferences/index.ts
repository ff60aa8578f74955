export { EmailPreferencesForm, EMAIL_KIND_LABELS } from './components/EmailPreferencesForm';
export { useUnsubscribe } from './api/email-preferences';
