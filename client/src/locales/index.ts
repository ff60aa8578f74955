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
import complimentsDe from './de/compliments.json';
import complimentsEn from './en/compliments.json';
import complimentsEs from './es/compliments.json';
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
    helpdesk: helpdeskEn,
    compliments: complimentsEn,
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
    helpdesk: helpdeskEs,
    compliments: complimentsEs,
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
    helpdesk: helpdeskDe,
    compliments: complimentsDe,
  },
};

export type Namespace = keyof (typeof RESOURCES)['en'];
