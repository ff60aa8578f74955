import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { StoryRow } from './dto/story.dto';
import { StoriesRepository } from './stories.repository';
import { SerialisedCard, serialiseCard } from './story-card.json';

/** How long a story card may be served from memory before it is read again (the cross-instance staleness bound). */
// At most 5,000 cards (about 10 MB): the recent pages everyone reads; deeper pages are built on demand.
export const STORY_CARD_TTL_MS = 5_000;

export type StoryCard = Omit<StoryRow, 'endorsedByMe'>;

/** A card with its JSON, serialised once per cache fill (the viewer's facts are spliced in per request). */
export interface CachedCard {
  card: StoryCard;
  json: SerialisedCard;
  loadedAt: number;
}

/**
 * Story cards as everyone sees them (who endorsed is added per viewer), kept for a few seconds. The feed reads
 * a page of ids by keyset on every request — so what is on a page, hidden or deleted is always current — and
 * builds only the cards it does not hold. Writes on this instance forget the card at once; another instance
 * shows the change within STORY_CARD_TTL_MS.
 *
 * Rebuilds are single-flight: when a card expires, the first request reads it again (and waits for it), and
 * requests arriving while that read runs are served the card it replaces instead of reading it too — under
 * 50 concurrent feed requests an expiry used to rebuild the same 20 cards up to 50 times.
 */
@Injectable()
export class StoryCardCache {
  // Entries live two TTLs so that an expired card is still there to serve while its rebuild runs.
  private readonly cards = new LRUCache<string, CachedCard>({ max: 5_000, ttl: 2 * STORY_CARD_TTL_MS });
  private readonly loading = new Map<string, Promise<CachedCard | undefined>>();

  constructor(private readonly stories: StoriesRepository) {}

  /** The cards of these stories (those that exist): from memory, or read for the ones it lacks. */
  async getMany(ids: string[], load: (missing: string[]) => Promise<StoryCard[]> = (missing) => this.stories.cards(missing)): Promise<Map<string, CachedCard>> {
    const now = Date.now();
    const found = new Map<string, CachedCard>();
    const toLoad: string[] = [];
    const waits: [string, Promise<CachedCard | undefined>][] = [];
    for (const id of ids) {
      const cached = this.cards.get(id);
      const inFlight = this.loading.get(id);
      if (cached && now - cached.loadedAt < STORY_CARD_TTL_MS) found.set(id, cached);
      else if (cached && inFlight) found.set(id, cached);
      else if (inFlight) waits.push([id, inFlight]);
      else toLoad.push(id);
    }
    if (toLoad.length) waits.push(...this.start(toLoad, load));
    // All at once, so that a failed read rejects this request once rather than leaving rejections unobserved.
    const loaded = await Promise.all(waits.map(([, wait]) => wait));
    waits.forEach(([id], i) => loaded[i] && found.set(id, loaded[i]));
    return found;
  }

  forget(storyId: string): void {
    this.cards.delete(storyId);
    // A read that started before the write must neither be stored nor joined by the writer's next read.
    this.loading.delete(storyId);
  }

  private start(ids: string[], load: (missing: string[]) => Promise<StoryCard[]>): [string, Promise<CachedCard | undefined>][] {
    const batch = load(ids).then((cards) => new Map(cards.map((card) => [card.id, card])));
    return ids.map((id) => {
      const one: Promise<CachedCard | undefined> = batch.then(
        (cards) => {
          const card = cards.get(id);
          const cached = card && { card, json: serialiseCard(card), loadedAt: Date.now() };
          if (this.loading.get(id) === one) {
            this.loading.delete(id);
            if (cached) this.cards.set(id, cached);
            else this.cards.delete(id);
          }
          return cached;
        },
        (error: unknown) => {
          if (this.loading.get(id) === one) this.loading.delete(id);
          throw error;
        },
      );
      this.loading.set(id, one);
      return [id, one] as [string, Promise<CachedCard | undefined>];
    });
  }
}
