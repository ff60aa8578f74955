export { TeamsSettingsCard } from './components/TeamsSettingsCard';
export { teamsKeys } from './api/teams';
