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
    employment: employmentEn,
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
    employment: employmentEs,
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
    employment: employmentDe,
  },
};

export type Namespace = keyof (typeof RESOURCES)['en'];
