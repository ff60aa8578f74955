export { complimentsKey } from './api/compliments';
export { ComplimentInbox } from './components/ComplimentInbox';
export { DepartmentThankYouLink } from './components/DepartmentThankYouLink';
export { ComplimentsReceived } from './components/ComplimentsReceived';
export { MyThankYouLink } from './components/MyThankYouLink';
