/**
 * Full-text search over stories. 'english' rather than 'simple': people search for what happened ("refunded",
 * "delivery"), and stemming finds "refund", "delivered" and "deliveries" too; its stop words keep "the" and "a"
 * out of the ranking. Names are stemmed the same way in the query and the index, so they still match.
 */
export const SEARCH_CONFIG = 'english';

/** The indexed expression: the same text as the migration's idx_stories_search, so the planner uses the index. */
export const STORY_SEARCH_VECTOR = `(setweight(to_tsvector('english'::regconfig, s.title), 'A')
  || setweight(to_tsvector('english'::regconfig, s.situation || ' ' || s.action || ' ' || s.impact), 'B')
  || setweight(to_tsvector('english'::regconfig, coalesce(s.customer_quote, '')), 'C'))`;

/** Control characters a story's text cannot usefully hold mark where a match starts and stops in a headline. */
const START = '\u0002';
const STOP = '\u0003';

export const TITLE_HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${START}, StopSel=${STOP}`;
export const SNIPPET_HEADLINE_OPTIONS = `MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … ", StartSel=${START}, StopSel=${STOP}`;

/** A piece of a highlighted text: the client shows `match` pieces marked, and every piece as text (never HTML). */
export interface TextSegment {
  text: string;
  match: boolean;
}

/** Splits ts_headline's output at its markers; a marker left open runs to the end, stray markers are dropped. */
export function headlineSegments(headline: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text) segments.push({ text, match });
    text = '';
  };
  for (const char of headline) {
    if (char === START || char === STOP) {
      flush();
      match = char === START;
    } else text += char;
  }
  flush();
  return segments;
}

export interface StorySearchHit {
  id: string;
  title: TextSegment[];
  snippet: TextSegment[];
  rank: number;
  occurredOn: string;
  heroes: { id: string; name: string }[];
}

/** A story that matched, as the repository reads it: title and snippet still carry ts_headline's markers. */
export interface StorySearchRow extends Omit<StorySearchHit, 'title' | 'snippet'> {
  title: string;
  snippet: string;
}

export const toStorySearchHit = (row: StorySearchRow): StorySearchHit => ({
  ...row,
  title: headlineSegments(row.title),
  snippet: headlineSegments(row.snippet),
});
