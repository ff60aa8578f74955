import { CurrentEmployee } from '../common/current-employee';
import { mayDeleteComment, mayEditComment, mentionedIds, thanksRefusal } from './comments.policy';
import { signedInAs } from '../../test/current-employee';

const person = (id: string, role: CurrentEmployee['role'] = 'staff', managedDepartmentIds: string[] = []) => signedInAs({ id, role, managedDepartmentIds });
const story = { author: { id: 'author' }, heroes: [{ id: 'hero', department: { id: 'care' } }] };
const A = '6f1c2d7e-0a4b-4c3d-9e8f-1a2b3c4d5e6f';
const B = '7f1c2d7e-0a4b-4c3d-9e8f-1a2b3c4d5e6f';

describe('comments policy', () => {
  it('reads each mentioned person once, by id, in the order they appear; a name or a malformed id is no mention', () => {
    expect(mentionedIds(`@{${B}} thanks, and @{${A}} and again @{${B}}`)).toEqual([B, A]);
    expect(mentionedIds('@Ann Lee and @{not-an-id} and @{6F1C2D7E-0A4B-4C3D-9E8F-1A2B3C4D5E6F}')).toEqual([]);
  });

  it('lets the story’s author and heroes say thanks, not others, and nobody for their own comment', () => {
    expect(thanksRefusal('hero', story, { authorId: 'fan' })).toBeNull();
    expect(thanksRefusal('author', story, { authorId: 'fan' })).toBeNull();
    expect(thanksRefusal('fan2', story, { authorId: 'fan' })).toBe('not_story_person');
    expect(thanksRefusal('hero', story, { authorId: 'hero' })).toBe('own_comment');
  });

  it('lets the writer edit; the writer and the story’s moderators remove; nothing once removed', () => {
    const mine = { authorId: 'fan', deleted: false };
    expect(mayEditComment(person('fan'), mine)).toBe(true);
    expect(mayEditComment(person('admin', 'admin'), mine)).toBe(false);
    expect(mayEditComment(person('fan'), { ...mine, deleted: true })).toBe(false);
    expect(mayDeleteComment(person('fan'), story, mine)).toBe(true);
    expect(mayDeleteComment(person('author'), story, mine)).toBe(false);
    expect(mayDeleteComment(person('boss', 'manager', ['care']), story, mine)).toBe(true);
    expect(mayDeleteComment(person('other', 'manager', ['sales']), story, mine)).toBe(false);
    expect(mayDeleteComment(person('admin', 'admin'), story, mine)).toBe(true);
    expect(mayDeleteComment(person('admin', 'admin'), story, { ...mine, deleted: true })).toBe(false);
  });
});
