import { DomainError } from '../common/domain-error';

export enum CatalogueErrorCode {
  NotFound = 'catalogue_item_not_found',
  ImageNotFound = 'image_not_found',
  UnsupportedImageType = 'unsupported_image_type',
  NotAnImage = 'not_an_image',
  ImageTooLarge = 'image_too_large',
  CharitiesRequired = 'charities_required',
  CharitiesNotAllowed = 'charities_not_allowed',
  UnknownDepartment = 'unknown_department',
  GiftsNotYours = 'gifts_not_yours',
}

export const CatalogueErrors = {
  notFound: () => new DomainError('not_found', CatalogueErrorCode.NotFound, 'No such catalogue item.', 'id'),
  imageNotFound: () => new DomainError('not_found', CatalogueErrorCode.ImageNotFound, 'No such image.', 'id'),
  unsupportedType: (type: string) =>
    new DomainError(
      'unsupported_media_type',
      CatalogueErrorCode.UnsupportedImageType,
      `Images must be PNG, JPEG, WebP, GIF or AVIF, not ${type || 'untyped'}.`,
      'image',
    ),
  notAnImage: () =>
    new DomainError('unprocessable', CatalogueErrorCode.NotAnImage, 'The file is not an image we can read (PNG, JPEG, WebP, GIF or AVIF).', 'image'),
  tooLarge: (maxPixels: number) =>
    new DomainError('unprocessable', CatalogueErrorCode.ImageTooLarge, `The image has more than ${maxPixels.toLocaleString('en')} pixels.`, 'image'),
  charitiesRequired: () =>
    new DomainError('bad_request', CatalogueErrorCode.CharitiesRequired, 'A charity donation lists at least one charity to choose from.', 'charities'),
  giftsNotYours: () => new DomainError('forbidden', CatalogueErrorCode.GiftsNotYours, 'Managers see the gifts for the departments they manage.', 'giftsFor'),
  charitiesNotAllowed: () => new DomainError('bad_request', CatalogueErrorCode.CharitiesNotAllowed, 'Only charity donations list charities.', 'charities'),
  unknownDepartment: () =>
    new DomainError('unprocessable', CatalogueErrorCode.UnknownDepartment, 'Every department must be one of the company’s departments.', 'departmentIds'),
};
