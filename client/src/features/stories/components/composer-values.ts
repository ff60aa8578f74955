import type { FieldNames } from '../../../lib/form-problems';
import type { HeroOption } from './HeroPicker';

/** What the story composer holds, empty and in progress, and how it names the server's fields and limits. */

/** How the composer calls each field the server may name in a problem. */
export const STORY_FIELD_NAMES: FieldNames = {
  title: { name: 'the title' },
  heroIds: { name: 'the heroes', formField: 'heroes' },
  situation: { name: 'what the customer needed' },
  action: { name: 'what the hero did' },
  impact: { name: 'how it ended' },
  occurredOn: { name: 'the day it happened' },
  channel: { name: 'the channel' },
  resolvedWithoutHandoff: { name: 'first-contact resolution' },
  customerQuote: { name: 'what the customer said' },
  valueIds: { name: 'the company values' },
};

/** The server's limits, so most problems never happen (StoryInputDto). */
export const STORY_LIMITS = { title: 120, part: 2000, quote: 500, heroes: 10, values: 5 } as const;

export interface ComposerValues {
  title: string;
  heroes: HeroOption[];
  situation: string;
  action: string;
  impact: string;
  occurredOn: string;
  channel: string | null;
  resolvedWithoutHandoff: boolean;
  customerQuote: string;
  valueIds: string[];
}

export function emptyStory(today: string): ComposerValues {
  return {
    title: '',
    heroes: [],
    situation: '',
    action: '',
    impact: '',
    occurredOn: today,
    channel: null,
    resolvedWithoutHandoff: false,
    customerQuote: '',
    valueIds: [],
  };
}

/** Something a person would mind losing: any text written or choice made (the default day does not count). */
export function hasWork(v: ComposerValues): boolean {
  return (
    [v.title, v.situation, v.action, v.impact, v.customerQuote].some((text) => text.trim() !== '') ||
    v.heroes.length > 0 ||
    v.valueIds.length > 0 ||
    v.channel !== null
  );
}
