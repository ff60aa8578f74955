import { DomainError } from '../common/domain-error';

export enum RateLimitErrorCode {
  TooManyWrites = 'too_many_writes',
  TooManyReports = 'too_many_reports',
}

const NOUN: Record<string, string> = {
  stories: 'stories',
  endorsements: 'endorsements',
  rewards: 'rewards',
  imports: 'roster imports',
  kudos: 'kudos',
  comments: 'comments',
};

export const RateLimitErrors = {
  tooManyWrites: (kind: string, retryAfterSeconds: number) =>
    new DomainError(
      'too_many_requests',
      RateLimitErrorCode.TooManyWrites,
      `You have sent a lot of ${NOUN[kind] ?? kind} in a short time. Try again in ${retryAfterSeconds} seconds.`,
      undefined,
      { retryAfterSeconds },
    ),
  tooManyReports: (limit: number) =>
    new DomainError(
      'too_many_requests',
      RateLimitErrorCode.TooManyReports,
      `You already have ${limit} report${limit === 1 ? '' : 's'} being prepared; wait for ${limit === 1 ? 'it' : 'them'} to finish.`,
      undefined,
      { retryAfterSeconds: 1 },
    ),
};
