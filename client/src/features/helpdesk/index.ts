export { HelpdeskSourcesCard } from './components/HelpdeskSourcesCard';
