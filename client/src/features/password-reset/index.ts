export { ForgotPasswordForm } from './components/ForgotPasswordForm';
export { MIN_PASSWORD_LENGTH, NewPasswordForm } from './components/NewPasswordForm';
export { ResetPasswordForm } from './components/ResetPasswordForm';
