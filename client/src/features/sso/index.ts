export { ssoErrorMessage, useSsoProvider, useSsoSettings } from './api/sso';
export { ScimTokens } from './components/ScimTokens';
export { SsoSettingsForm } from './components/SsoSettingsForm';
export { SsoSignInButton } from './components/SsoSignInButton';
