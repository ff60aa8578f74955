/*
 * Every language's strings, one JSON file per namespace: `locales/<language>/<namespace>.json`. A namespace is
 * named after the feature folder that uses it (`app` for the shell, `problems` for API problems). To add a
 * namespace, import its three files here and give it a line in NAMESPACES; to add a language, add a folder, its
 * files to each line, its code to Language and RESOURCES, and its code in lib/i18n.ts.
 */
import appDe from './de/app.json';
import appEn from './en/app.json';
import appEs from './es/app.json';
import auditDe from './de/audit.json';
import auditEn from './en/audit.json';
import auditEs from './es/audit.json';
import authDe from './de/auth.json';
import authEn from './en/auth.json';
import authEs from './es/auth.json';
import badgesDe from './de/badges.json';
import badgesEn from './en/badges.json';
import badgesEs from './es/badges.json';
import budgetsDe from './de/budgets.json';
import budgetsEn from './en/budgets.json';
import budgetsEs from './es/budgets.json';
import catalogueDe from './de/catalogue.json';
import catalogueEn from './en/catalogue.json';
import catalogueEs from './es/catalogue.json';
import championsDe from './de/champions.json';
import championsEn from './en/champions.json';
import championsEs from './es/champions.json';
import commentsDe from './de/comments.json';
import commentsEn from './en/comments.json';
import commentsEs from './es/comments.json';
import complimentsDe from './de/compliments.json';
import complimentsEn from './en/compliments.json';
import complimentsEs from './es/compliments.json';
import departmentsDe from './de/departments.json';
import departmentsEn from './en/departments.json';
import departmentsEs from './es/departments.json';
import directoryDe from './de/directory.json';
import directoryEn from './en/directory.json';
import directoryEs from './es/directory.json';
import emailPreferencesDe from './de/email-preferences.json';
import emailPreferencesEn from './en/email-preferences.json';
import emailPreferencesEs from './es/email-preferences.json';
import employeesDe from './de/employees.json';
import employeesEn from './en/employees.json';
import employeesEs from './es/employees.json';
import employmentDe from './de/employment.json';
import employmentEn from './en/employment.json';
import employmentEs from './es/employment.json';
import endorsementsDe from './de/endorsements.json';
import endorsementsEn from './en/endorsements.json';
import endorsementsEs from './es/endorsements.json';
import fairnessDe from './de/fairness.json';
import fairnessEn from './en/fairness.json';
import fairnessEs from './es/fairness.json';
import feedDe from './de/feed.json';
import feedEn from './en/feed.json';
import feedEs from './es/feed.json';
import helpdeskDe from './de/helpdesk.json';
import helpdeskEn from './en/helpdesk.json';
import helpdeskEs from './es/helpdesk.json';
import huddleDe from './de/huddle.json';
import huddleEn from './en/huddle.json';
import huddleEs from './es/huddle.json';
import invitationsDe from './de/invitations.json';
import invitationsEn from './en/invitations.json';
import invitationsEs from './es/invitations.json';
import jobsDe from './de/jobs.json';
import jobsEn from './en/jobs.json';
import jobsEs from './es/jobs.json';
import kudosDe from './de/kudos.json';
import kudosEn from './en/kudos.json';
import kudosEs from './es/kudos.json';
import leaderboardsDe from './de/leaderboards.json';
import leaderboardsEn from './en/leaderboards.json';
import leaderboardsEs from './es/leaderboards.json';
import mailDe from './de/mail.json';
import mailEn from './en/mail.json';
import mailEs from './es/mail.json';
import notificationsDe from './de/notifications.json';
import notificationsEn from './en/notifications.json';
import notificationsEs from './es/notifications.json';
import passwordResetDe from './de/password-reset.json';
import passwordResetEn from './en/password-reset.json';
import passwordResetEs from './es/password-reset.json';
import pointsDe from './de/points.json';
import pointsEn from './en/points.json';
import pointsEs from './es/points.json';
import problemsDe from './de/problems.json';
import problemsEn from './en/problems.json';
import problemsEs from './es/problems.json';
import profileDe from './de/profile.json';
import profileEn from './en/profile.json';
import profileEs from './es/profile.json';
import redemptionsDe from './de/redemptions.json';
import redemptionsEn from './en/redemptions.json';
import redemptionsEs from './es/redemptions.json';
import reportsDe from './de/reports.json';
import reportsEn from './en/reports.json';
import reportsEs from './es/reports.json';
import reviewQueueDe from './de/review-queue.json';
import reviewQueueEn from './en/review-queue.json';
import reviewQueueEs from './es/review-queue.json';
import rewardsDe from './de/rewards.json';
import rewardsEn from './en/rewards.json';
import rewardsEs from './es/rewards.json';
import rosterImportDe from './de/roster-import.json';
import rosterImportEn from './en/roster-import.json';
import rosterImportEs from './es/roster-import.json';
import searchDe from './de/search.json';
import searchEn from './en/search.json';
import searchEs from './es/search.json';
import slackDe from './de/slack.json';
import slackEn from './en/slack.json';
import slackEs from './es/slack.json';
import ssoDe from './de/sso.json';
import ssoEn from './en/sso.json';
import ssoEs from './es/sso.json';
import storiesDe from './de/stories.json';
import storiesEn from './en/stories.json';
import storiesEs from './es/stories.json';
import teamsDe from './de/teams.json';
import teamsEn from './en/teams.json';
import teamsEs from './es/teams.json';
import uiDe from './de/ui.json';
import uiEn from './en/ui.json';
import uiEs from './es/ui.json';
import valuesDe from './de/values.json';
import valuesEn from './en/values.json';
import valuesEs from './es/values.json';
import webhooksDe from './de/webhooks.json';
import webhooksEn from './en/webhooks.json';
import webhooksEs from './es/webhooks.json';

/** Every namespace in each language. */
const NAMESPACES = {
  app: { en: appEn, es: appEs, de: appDe },
  audit: { en: auditEn, es: auditEs, de: auditDe },
  auth: { en: authEn, es: authEs, de: authDe },
  badges: { en: badgesEn, es: badgesEs, de: badgesDe },
  budgets: { en: budgetsEn, es: budgetsEs, de: budgetsDe },
  catalogue: { en: catalogueEn, es: catalogueEs, de: catalogueDe },
  champions: { en: championsEn, es: championsEs, de: championsDe },
  comments: { en: commentsEn, es: commentsEs, de: commentsDe },
  compliments: { en: complimentsEn, es: complimentsEs, de: complimentsDe },
  departments: { en: departmentsEn, es: departmentsEs, de: departmentsDe },
  directory: { en: directoryEn, es: directoryEs, de: directoryDe },
  'email-preferences': { en: emailPreferencesEn, es: emailPreferencesEs, de: emailPreferencesDe },
  employees: { en: employeesEn, es: employeesEs, de: employeesDe },
  employment: { en: employmentEn, es: employmentEs, de: employmentDe },
  endorsements: { en: endorsementsEn, es: endorsementsEs, de: endorsementsDe },
  fairness: { en: fairnessEn, es: fairnessEs, de: fairnessDe },
  feed: { en: feedEn, es: feedEs, de: feedDe },
  helpdesk: { en: helpdeskEn, es: helpdeskEs, de: helpdeskDe },
  huddle: { en: huddleEn, es: huddleEs, de: huddleDe },
  invitations: { en: invitationsEn, es: invitationsEs, de: invitationsDe },
  jobs: { en: jobsEn, es: jobsEs, de: jobsDe },
  kudos: { en: kudosEn, es: kudosEs, de: kudosDe },
  leaderboards: { en: leaderboardsEn, es: leaderboardsEs, de: leaderboardsDe },
  mail: { en: mailEn, es: mailEs, de: mailDe },
  notifications: { en: notificationsEn, es: notificationsEs, de: notificationsDe },
  'password-reset': { en: passwordResetEn, es: passwordResetEs, de: passwordResetDe },
  points: { en: pointsEn, es: pointsEs, de: pointsDe },
  problems: { en: problemsEn, es: problemsEs, de: problemsDe },
  profile: { en: profileEn, es: profileEs, de: profileDe },
  redemptions: { en: redemptionsEn, es: redemptionsEs, de: redemptionsDe },
  reports: { en: reportsEn, es: reportsEs, de: reportsDe },
  'review-queue': { en: reviewQueueEn, es: reviewQueueEs, de: reviewQueueDe },
  rewards: { en: rewardsEn, es: rewardsEs, de: rewardsDe },
  'roster-import': { en: rosterImportEn, es: rosterImportEs, de: rosterImportDe },
  search: { en: searchEn, es: searchEs, de: searchDe },
  slack: { en: slackEn, es: slackEs, de: slackDe },
  sso: { en: ssoEn, es: ssoEs, de: ssoDe },
  stories: { en: storiesEn, es: storiesEs, de: storiesDe },
  teams: { en: teamsEn, es: teamsEs, de: teamsDe },
  ui: { en: uiEn, es: uiEs, de: uiDe },
  values: { en: valuesEn, es: valuesEs, de: valuesDe },
  webhooks: { en: webhooksEn, es: webhooksEs, de: webhooksDe },
};

type Language = 'en' | 'es' | 'de';
type Table = typeof NAMESPACES;

function inLanguage<L extends Language>(language: L): { [N in keyof Table]: Table[N][L] } {
  return Object.fromEntries(Object.entries(NAMESPACES).map(([ns, languages]) => [ns, languages[language]])) as { [N in keyof Table]: Table[N][L] };
}

export const RESOURCES = { en: inLanguage('en'), es: inLanguage('es'), de: inLanguage('de') };

export type Namespace = keyof (typeof RESOURCES)['en'];
