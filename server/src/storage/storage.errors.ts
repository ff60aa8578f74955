import { DomainError } from '../common/domain-error';

export enum StorageErrorCode {
  Unavailable = 'storage_unavailable',
}

export const StorageErrors = {
  /** The bucket did not answer, or answered with an error: the picture was neither written nor read; try again later. */
  unavailable: (field?: string) =>
    new DomainError('unavailable', StorageErrorCode.Unavailable, 'The picture storage is not reachable right now; try again in a moment.', field),
};
