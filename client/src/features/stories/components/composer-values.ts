import type { FieldNames } from '../../../lib/form-problems';
import type { HeroOption } from './HeroPicker';

/** What the story composer holds, empty and in progress, and how it names the server's fields and limits. */

/** How the composer calls each field the server may name in a problem (translation keys: said in the reader's language). */
export const STORY_FIELD_NAMES: FieldNames = {
  title: { name: 'stories:field.title' },
  heroIds: { name: 'stories:field.heroIds', formField: 'heroes' },
  situation: { name: 'stories:field.situation' },
  action: { name: 'stories:field.action' },
  impact: { name: 'stories:field.impact' },
  occurredOn: { name: 'stories:field.occurredOn' },
  channel: { name: 'stories:field.channel' },
  resolvedWithoutHandoff: { name: 'stories:field.resolvedWithoutHandoff' },
  customerQuote: { name: 'stories:field.customerQuote' },
  valueIds: { name: 'stories:field.valueIds' },
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
