import { DomainError } from '../common/domain-error';

export enum JobsErrorCode {
  NotFound = 'failed_job_not_found',
}

export const JobsErrors = {
  notFound: () => new DomainError('not_found', JobsErrorCode.NotFound, 'There is no failed job with this id (it may have been retried or discarded already).', 'id'),
};
