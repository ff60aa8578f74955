import { effectiveModes, readUnsubscribeToken, unsubscribeToken } from './email-preferences.policy';

describe('email preferences', () => {
  const id = '0b6f7f2e-4d0e-4a77-9a53-3c1f0f1f2a10';
  const other = '1c7a8a3f-5e1f-4b88-8b64-4d2a1a2b3b21';

  it('defaults to immediately and lets a choice override one kind only', () => {
    const modes = effectiveModes([{ kind: 'story_endorsed', mode: 'daily' }]);
    expect(modes.story_endorsed).toBe('daily');
    expect(modes.named_hero).toBe('immediately');
  });

  it('reads back its own unsubscribe tokens and refuses forged or altered ones', () => {
    const token = unsubscribeToken('secret', id, 'rewarded');
    expect(readUnsubscribeToken('secret', token)).toEqual({ employeeId: id, kind: 'rewarded' });
    expect(readUnsubscribeToken('another secret', token)).toBeNull();
    expect(readUnsubscribeToken('secret', token.replace(id, other))).toBeNull();
    expect(readUnsubscribeToken('secret', token.replace('rewarded', 'named_hero'))).toBeNull();
    expect(readUnsubscribeToken('secret', 'garbage')).toBeNull();
  });
});
