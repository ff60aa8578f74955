import { Injectable } from '@nestjs/common';
import { FIELD_LIMITS, plainText } from './compliments.policy';
import { ComplimentsRepository } from './compliments.repository';
import { SubmissionChecks } from './submission-checks';

/** A good satisfaction rating from a helpdesk, its signature already checked by the helpdesk module. */
export interface HelpdeskRatingInput {
  source: { id: string; name: string; departmentId: string };
  ticketId: string;
  ticketUrl: string;
  comment: string;
  agentEmail: string | null;
  customerName: string | null;
}

/** How helpdesk ratings become compliments: the only way the helpdesk module reaches the compliments table. */
@Injectable()
export class HelpdeskComplimentsService {
  constructor(
    private readonly repository: ComplimentsRepository,
    private readonly checks: SubmissionChecks,
  ) {}

  /**
   * A helpdesk's good rating, into the inbox of the agent's department (the source's when the agent is unknown), for a
   * manager to confirm like any compliment. One per ticket and source: a trigger that fires again changes nothing.
   */
  async receive(input: HelpdeskRatingInput): Promise<'received' | 'already_received'> {
    const agent = input.agentEmail ? await this.repository.staffByEmail(input.agentEmail) : null;
    const comment = plainText(input.comment);
    const id = await this.repository.insertHelpdeskCompliment({
      helpdeskSourceId: input.source.id,
      ticketId: input.ticketId,
      ticketUrl: input.ticketUrl,
      employeeId: agent?.id ?? null,
      departmentId: agent?.departmentId ?? input.source.departmentId,
      whatHappened: comment || 'The customer rated their support good and left no comment.',
      howItEnded: `Rated the support good in ${input.source.name}.`.slice(0, FIELD_LIMITS.howItEnded),
      customerName: input.customerName ? plainText(input.customerName).slice(0, FIELD_LIMITS.firstName) || null : null,
      // The thank-you page's duplicate rule, keyed on the source and the ticket: a second delivery inserts nothing.
      clientHash: this.checks.clientHash(`helpdesk:${input.source.id}`),
      textHash: this.checks.textHash(`ticket:${input.ticketId}`),
    });
    return id ? 'received' : 'already_received';
  }
}
