/** The hero's most recent live champion title from the last twelve months, as JSON (null when none). */
const LATEST_CHAMPIONSHIP = `SELECT json_build_object('period', r.champion_period, 'periodStart', r.period_start, 'department', json_build_object('id', cd.id, 'name', cd.name))
     FROM rewards r JOIN departments cd ON cd.id = r.champion_department_id
    WHERE r.recipient_id = e.id AND r.kind = 'champion' AND r.revoked_at IS NULL AND r.period_start >= CURRENT_DATE - 365
    ORDER BY r.period_start DESC, r.champion_period DESC LIMIT 1`;

/**
 * The columns of a story card, heroes and values included, for the stories in `source` (a FROM item
 * exposing `id`, aliased `page`). One query per page of cards: no N+1. `$viewer` is the viewer's id parameter.
 */
export function storyCardsSql(source: string, viewer: string, orderBy = ''): string {
  return `
  SELECT s.id, s.title, s.situation, s.action, s.impact, s.occurred_on AS "occurredOn", s.channel,
         s.resolved_without_handoff AS "resolvedWithoutHandoff", s.customer_quote AS "customerQuote", s.from_customer AS "fromCustomer", s.ticket_url AS "ticketUrl",
         s.customer_praised_at IS NOT NULL AS "praisedByCustomer", s.customer_praise AS "customerPraise", s.status,
         s.hidden_reason AS "hiddenReason", s.featured_at AS "featuredAt", s.edited_at AS "editedAt",
         s.created_at AS "createdAt", s.deleted_at AS "deletedAt", s.version, s.endorsement_count AS "endorsementCount", s.comment_count AS "commentCount",
         json_build_object('id', a.id, 'name', a.name) AS author,
         (SELECT COALESCE(json_agg(json_build_object('id', e.id, 'name', e.name, 'department', json_build_object('id', d.id, 'name', d.name),
                                                      'champion', (${LATEST_CHAMPIONSHIP})) ORDER BY e.name), '[]')
            FROM story_heroes sh JOIN employees e ON e.id = sh.employee_id JOIN departments d ON d.id = sh.department_id
           WHERE sh.story_id = s.id) AS heroes,
         (SELECT COALESCE(json_agg(json_build_object('id', v.id, 'name', v.name) ORDER BY v.name), '[]')
            FROM story_values sv JOIN company_values v ON v.id = sv.value_id WHERE sv.story_id = s.id) AS values,
         EXISTS (SELECT 1 FROM endorsements en WHERE en.story_id = s.id AND en.endorser_id = ${viewer}) AS "endorsedByMe",
         EXISTS (SELECT 1 FROM rewards r WHERE r.story_id = s.id AND r.revoked_at IS NULL) AS rewarded
    FROM ${source}
    JOIN stories s ON s.id = page.id
    JOIN employees a ON a.id = s.author_id
  ${orderBy}`;
}
