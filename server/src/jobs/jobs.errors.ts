import { DomainError } from '../common/domain-error';

export enum JobsErrorCode {
  NotFound = 'failed_job_not_found',
  NotScheduled = 'job_kind_not_scheduled',
}

export const JobsErrors = {
  notFound: () =>
    new DomainError('not_found', JobsErrorCode.NotFound, 'There is no failed job with this id (it may have been retried or discarded already).', 'id'),
  notScheduled: () => new DomainError('not_found', JobsErrorCode.NotScheduled, 'There is no scheduled job of this kind.', 'kind'),
};
