import { FieldErrorDto } from '../common/problem.dto';
import { FIELD_LIMITS, isGoodRating, isTicketUrl } from './helpdesk.policy';

export interface HelpdeskRating {
  ticketId: string;
  ticketUrl: string;
  comment: string;
  agentEmail: string | null;
  customerName: string | null;
}

export type ReadRating = { kind: 'rating'; good: boolean; rating: HelpdeskRating } | { kind: 'invalid'; errors: FieldErrorDto[] };

function optionalText(value: unknown, field: string, errors: FieldErrorDto[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    errors.push({ field, message: `${field} must be text` });
    return null;
  }
  return value.trim() || null;
}

/**
 * What a helpdesk trigger sent, checked field by field (a malformed body is a 400 naming the field whoever sent it);
 * whether the rating is good is decided after the signature. The comment, agent and name may be null or left out
 * (helpdesks send empty placeholders); a comment or name longer than a compliment keeps is cut, since a trigger
 * cannot be asked to send it again shorter.
 */
export function readRatingBody(body: unknown): ReadRating {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { kind: 'invalid', errors: [{ field: 'body', message: 'body must be a JSON object' }] };
  const input = body as Record<string, unknown>;
  const errors: FieldErrorDto[] = [];
  if (typeof input.rating !== 'string' && typeof input.rating !== 'number')
    errors.push({ field: 'rating', message: "rating must be a word such as 'good' or a score from 1 to 5" });
  const rawTicketId = typeof input.ticketId === 'number' && Number.isSafeInteger(input.ticketId) ? String(input.ticketId) : input.ticketId;
  const ticketId = optionalText(rawTicketId, 'ticketId', errors);
  if (!ticketId && !errors.some((e) => e.field === 'ticketId')) errors.push({ field: 'ticketId', message: 'ticketId is required' });
  else if (ticketId && ticketId.length > FIELD_LIMITS.ticketId)
    errors.push({ field: 'ticketId', message: `ticketId must be at most ${FIELD_LIMITS.ticketId} characters` });
  const ticketUrl = optionalText(input.ticketUrl, 'ticketUrl', errors);
  if (!ticketUrl && !errors.some((e) => e.field === 'ticketUrl')) errors.push({ field: 'ticketUrl', message: 'ticketUrl is required' });
  else if (ticketUrl && !isTicketUrl(ticketUrl))
    errors.push({ field: 'ticketUrl', message: `ticketUrl must be an http(s) link of at most ${FIELD_LIMITS.ticketUrl} characters` });
  const comment = optionalText(input.comment, 'comment', errors);
  const agentEmail = optionalText(input.agentEmail, 'agentEmail', errors);
  if (agentEmail && agentEmail.length > FIELD_LIMITS.agentEmail) errors.push({ field: 'agentEmail', message: 'agentEmail is too long to be an email address' });
  const customerName = optionalText(input.customerName, 'customerName', errors);
  if (errors.length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'rating',
    good: isGoodRating(input.rating),
    rating: {
      ticketId: ticketId!,
      ticketUrl: ticketUrl!,
      comment: (comment ?? '').slice(0, FIELD_LIMITS.comment),
      agentEmail: agentEmail?.toLowerCase() ?? null,
      customerName: customerName?.slice(0, FIELD_LIMITS.customerName) ?? null,
    },
  };
}
