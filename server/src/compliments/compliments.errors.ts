import { DomainError } from '../common/domain-error';

export enum ComplimentErrorCode {
  NotFound = 'compliment_not_found',
  NotReviewer = 'not_compliment_reviewer',
  AlreadyReviewed = 'compliment_already_reviewed',
  HeroRequired = 'compliment_hero_required',
  LinkNotFound = 'thank_you_link_not_found',
  StoryNotAboutHero = 'compliment_story_not_about_hero',
  HeroOutsideDepartment = 'compliment_hero_outside_department',
}

export const ComplimentErrors = {
  notFound: () => new DomainError('not_found', ComplimentErrorCode.NotFound, 'No such compliment.'),
  notReviewer: () =>
    new DomainError('forbidden', ComplimentErrorCode.NotReviewer, 'Only managers of the department the compliment is about, and admins, review it.'),
  alreadyReviewed: () => new DomainError('conflict', ComplimentErrorCode.AlreadyReviewed, 'This compliment was already confirmed or discarded.'),
  heroRequired: () =>
    new DomainError('bad_request', ComplimentErrorCode.HeroRequired, 'This compliment came through a department link: choose who the hero is.', 'heroId'),
  storyNotAboutHero: () =>
    new DomainError('bad_request', ComplimentErrorCode.StoryNotAboutHero, 'Choose one of the published stories about this hero.', 'storyId'),
  heroOutsideDepartment: (department: string) =>
    new DomainError('bad_request', ComplimentErrorCode.HeroOutsideDepartment, `Choose the hero among the people in ${department}.`, 'heroId'),
  linkNotFound: () => new DomainError('not_found', ComplimentErrorCode.LinkNotFound, 'No such thank-you link.'),
};
