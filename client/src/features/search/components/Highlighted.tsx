import type { TextSegment } from '../api/search';

// Dark on pale yellow reads at AA contrast inside links and dimmed text alike.
const MARK = { backgroundColor: 'var(--mantine-color-yellow-2)', color: 'var(--mantine-color-dark-9)', borderRadius: 2, padding: '0 1px' };

/** Text the server marked up as pieces: the matches in <mark>, everything as text (React escapes it). */
export function Highlighted({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? (
          <mark key={i} style={MARK}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
