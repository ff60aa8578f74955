/*
 * Every language's strings, one JSON file per namespace: `locales/<language>/<namespace>.json`. A namespace is
 * named after the feature folder that uses it (`app` for the shell, `problems` for API problems). To add a
 * namespace, add its three files here; to add a language, add a folder, a block below and its code in lib/i18n.ts.
 */
import appDe from './de/app.json';
import endorsementsDe from './de/endorsements.json';
import kudosDe from './de/kudos.json';
import kudosEn from './en/kudos.json';
import kudosEs from './es/kudos.json';
import endorsementsEn from './en/endorsements.json';
import endorsementsEs from './es/endorsements.json';
import problemsDe from './de/problems.json';
import problemsEn from './en/problems.json';
import problemsEs from './es/problems.json';
import profileDe from './de/profile.json';
import profileEn from './en/profile.json';
import profileEs from './es/profile.json';
import leaderboardsDe from './de/leaderboards.json';
import leaderboardsEn from './en/leaderboards.json';
import leaderboardsEs from './es/leaderboards.json';
import storiesDe from './de/stories.json';
import storiesEn from './en/stories.json';
import storiesEs from './es/stories.json';
import feedDe from './de/feed.json';
import feedEn from './en/feed.json';
import feedEs from './es/feed.json';
import authDe from './de/auth.json';
import authEn from './en/auth.json';
import authEs from './es/auth.json';
import appEn from './en/app.json';
import employmentDe from './de/employment.json';
import employmentEn from './en/employment.json';
import employmentEs from './es/employment.json';
import appEs from './es/app.json';
import rosterImportDe from './de/roster-import.json';
import rosterImportEn from './en/roster-import.json';
import rosterImportEs from './es/roster-import.json';
import reportsDe from './de/reports.json';
import reportsEn from './en/reports.json';
import reportsEs from './es/reports.json';
import championsDe from './de/champions.json';
import championsEn from './en/champions.json';
import championsEs from './es/champions.json';
import rewardsDe from './de/rewards.json';
import rewardsEn from './en/rewards.json';
import rewardsEs from './es/rewards.json';
import reviewQueueDe from './de/review-queue.json';
import reviewQueueEn from './en/review-queue.json';
import reviewQueueEs from './es/review-queue.json';
import pointsDe from './de/points.json';
import pointsEn from './en/points.json';
import pointsEs from './es/points.json';
import redemptionsDe from './de/redemptions.json';
import redemptionsEn from './en/redemptions.json';
import redemptionsEs from './es/redemptions.json';
import catalogueDe from './de/catalogue.json';
import catalogueEn from './en/catalogue.json';
import catalogueEs from './es/catalogue.json';
import notificationsDe from './de/notifications.json';
import notificationsEn from './en/notifications.json';
import notificationsEs from './es/notifications.json';
import budgetsDe from './de/budgets.json';
import budgetsEn from './en/budgets.json';
import budgetsEs from './es/budgets.json';
import badgesDe from './de/badges.json';
import badgesEn from './en/badges.json';
import badgesEs from './es/badges.json';
import valuesDe from './de/values.json';
import valuesEn from './en/values.json';
import valuesEs from './es/values.json';
import departmentsDe from './de/departments.json';
import departmentsEn from './en/departments.json';
import departmentsEs from './es/departments.json';
import slackDe from './de/slack.json';
import slackEn from './en/slack.json';
import slackEs from './es/slack.json';
import teamsDe from './de/teams.json';
import teamsEn from './en/teams.json';
import teamsEs from './es/teams.json';
import webhooksDe from './de/webhooks.json';
import webhooksEn from './en/webhooks.json';
import webhooksEs from './es/webhooks.json';
import ssoDe from './de/sso.json';
import ssoEn from './en/sso.json';
import ssoEs from './es/sso.json';
import auditDe from './de/audit.json';
import auditEn from './en/audit.json';
import auditEs from './es/audit.json';
import jobsDe from './de/jobs.json';
import jobsEn from './en/jobs.json';
import jobsEs from './es/jobs.json';
import uiDe from './de/ui.json';
import uiEn from './en/ui.json';
import uiEs from './es/ui.json';
import employeesDe from './de/employees.json';
import employeesEn from './en/employees.json';
import employeesEs from './es/employees.json';
import complimentsDe from './de/compliments.json';
import complimentsEn from './en/compliments.json';
import complimentsEs from './es/compliments.json';
import commentsDe from './de/comments.json';
import commentsEn from './en/comments.json';
import commentsEs from './es/comments.json';
import searchDe from './de/search.json';
import searchEn from './en/search.json';
import searchEs from './es/search.json';
import directoryDe from './de/directory.json';
import directoryEn from './en/directory.json';
import directoryEs from './es/directory.json';
import passwordResetDe from './de/password-reset.json';
import passwordResetEn from './en/password-reset.json';
import passwordResetEs from './es/password-reset.json';
import invitationsDe from './de/invitations.json';
import invitationsEn from './en/invitations.json';
import invitationsEs from './es/invitations.json';
import emailPreferencesDe from './de/email-preferences.json';
import emailPreferencesEn from './en/email-preferences.json';
import emailPreferencesEs from './es/email-preferences.json';
import huddleDe from './de/huddle.json';
import huddleEn from './en/huddle.json';
import huddleEs from './es/huddle.json';
import mailDe from './de/mail.json';
import mailEn from './en/mail.json';
import mailEs from './es/mail.json';
import helpdeskDe from './de/helpdesk.json';
import helpdeskEn from './en/helpdesk.json';
import helpdeskEs from './es/helpdesk.json';

export const RESOURCES = {
  en: {
    app: appEn,
    kudos: kudosEn,
    endorsements: endorsementsEn,
    problems: problemsEn,
    profile: profileEn,
    leaderboards: leaderboardsEn,
    stories: storiesEn,
    feed: feedEn,
    auth: authEn,
    'roster-import': rosterImportEn,
    reports: reportsEn,
    champions: championsEn,
    rewards: rewardsEn,
    'review-queue': reviewQueueEn,
    points: pointsEn,
    redemptions: redemptionsEn,
    catalogue: catalogueEn,
    notifications: notificationsEn,
    budgets: budgetsEn,
    badges: badgesEn,
    values: valuesEn,
    departments: departmentsEn,
    slack: slackEn,
    teams: teamsEn,
    webhooks: webhooksEn,
    sso: ssoEn,
    audit: auditEn,
    jobs: jobsEn,
    ui: uiEn,
    employees: employeesEn,
    employment: employmentEn,
    helpdesk: helpdeskEn,
    compliments: complimentsEn,
    mail: mailEn,
    huddle: huddleEn,
    'email-preferences': emailPreferencesEn,
    invitations: invitationsEn,
    'password-reset': passwordResetEn,
    directory: directoryEn,
    search: searchEn,
    comments: commentsEn,
  },
  es: {
    app: appEs,
    kudos: kudosEs,
    endorsements: endorsementsEs,
    problems: problemsEs,
    profile: profileEs,
    leaderboards: leaderboardsEs,
    stories: storiesEs,
    feed: feedEs,
    auth: authEs,
    'roster-import': rosterImportEs,
    reports: reportsEs,
    champions: championsEs,
    rewards: rewardsEs,
    'review-queue': reviewQueueEs,
    points: pointsEs,
    redemptions: redemptionsEs,
    catalogue: catalogueEs,
    notifications: notificationsEs,
    budgets: budgetsEs,
    badges: badgesEs,
    values: valuesEs,
    departments: departmentsEs,
    slack: slackEs,
    teams: teamsEs,
    webhooks: webhooksEs,
    sso: ssoEs,
    audit: auditEs,
    jobs: jobsEs,
    ui: uiEs,
    employees: employeesEs,
    employment: employmentEs,
    helpdesk: helpdeskEs,
    compliments: complimentsEs,
    mail: mailEs,
    huddle: huddleEs,
    'email-preferences': emailPreferencesEs,
    invitations: invitationsEs,
    'password-reset': passwordResetEs,
    directory: directoryEs,
    search: searchEs,
    comments: commentsEs,
  },
  de: {
    app: appDe,
    kudos: kudosDe,
    endorsements: endorsementsDe,
    problems: problemsDe,
    profile: profileDe,
    leaderboards: leaderboardsDe,
    stories: storiesDe,
    feed: feedDe,
    auth: authDe,
    'roster-import': rosterImportDe,
    reports: reportsDe,
    champions: championsDe,
    rewards: rewardsDe,
    'review-queue': reviewQueueDe,
    points: pointsDe,
    redemptions: redemptionsDe,
    catalogue: catalogueDe,
    notifications: notificationsDe,
    budgets: budgetsDe,
    badges: badgesDe,
    values: valuesDe,
    departments: departmentsDe,
    slack: slackDe,
    teams: teamsDe,
    webhooks: webhooksDe,
    sso: ssoDe,
    audit: auditDe,
    jobs: jobsDe,
    ui: uiDe,
    employees: employeesDe,
    employment: employmentDe,
    helpdesk: helpdeskDe,
    compliments: complimentsDe,
    mail: mailDe,
    huddle: huddleDe,
    'email-preferences': emailPreferencesDe,
    invitations: invitationsDe,
    'password-reset': passwordResetDe,
    directory: directoryDe,
    search: searchDe,
    comments: commentsDe,
  },
};

export type Namespace = keyof (typeof RESOURCES)['en'];
