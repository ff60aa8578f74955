import { DomainError } from '../common/domain-error';

export enum ValuesErrorCode {
  NotFound = 'value_not_found',
  NameTaken = 'value_name_taken',
}

export const ValuesErrors = {
  notFound: () => new DomainError('not_found', ValuesErrorCode.NotFound, 'No such company value.', 'id'),
  nameTaken: () => new DomainError('conflict', ValuesErrorCode.NameTaken, 'A company value with that name already exists.', 'name'),
};
