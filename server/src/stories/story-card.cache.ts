import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { StoryRow } from './dto/story.dto';

/** How long a story card may be served from memory before it is read again (the cross-instance staleness bound). */
// At most 5,000 cards (about 10 MB): the recent pages everyone reads; deeper pages are built on demand.
export const STORY_CARD_TTL_MS = 5_000;

export type StoryCard = Omit<StoryRow, 'endorsedByMe'>;

/**
 * Story cards as everyone sees them (who endorsed is added per viewer), kept for a few seconds. The feed reads
 * a page of ids by keyset on every request — so what is on a page, hidden or deleted is always current — and
 * builds only the cards it does not hold. Writes on this instance forget the card at once; another instance
 * shows the change within STORY_CARD_TTL_MS.
 */
@Injectable()
export class StoryCardCache {
  private readonly cards = new LRUCache<string, StoryCard>({ max: 5_000, ttl: STORY_CARD_TTL_MS });

  async getMany(ids: string[], load: (missing: string[]) => Promise<StoryCard[]>): Promise<Map<string, StoryCard>> {
    const found = new Map<string, StoryCard>();
    const missing: string[] = [];
    for (const id of ids) {
      const card = this.cards.get(id);
      if (card) found.set(id, card);
      else missing.push(id);
    }
    if (missing.length) {
      for (const card of await load(missing)) {
        this.cards.set(card.id, card);
        found.set(card.id, card);
      }
    }
    return found;
  }

  forget(storyId: string): void {
    this.cards.delete(storyId);
  }
}
