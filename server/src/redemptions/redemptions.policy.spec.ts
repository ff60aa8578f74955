import { hasLeft, redeemRefusal } from './redemptions.policy';

const item = { category: 'gift_card', retiredAt: null, stock: null, yearlyLimit: null, charities: [] as string[] };

describe('redeemRefusal', () => {
  it('lets a live item with stock and no limit be redeemed', () => {
    expect(redeemRefusal(item, 5, undefined)).toBeNull();
    expect(redeemRefusal({ ...item, stock: 1 }, 0, undefined)).toBeNull();
  });
  it('refuses retired items, empty stock and a reached yearly limit, each with its own code', () => {
    expect(redeemRefusal({ ...item, retiredAt: new Date() }, 0, undefined)?.code).toBe('item_retired');
    expect(redeemRefusal({ ...item, stock: 0 }, 0, undefined)?.code).toBe('out_of_stock');
    expect(redeemRefusal({ ...item, yearlyLimit: 2 }, 1, undefined)).toBeNull();
    expect(redeemRefusal({ ...item, yearlyLimit: 2 }, 2, undefined)?.code).toBe('yearly_limit_reached');
  });
  it('asks a charity donation for one of its charities, and nothing else for one', () => {
    const charity = { ...item, category: 'charity_donation', charities: ['Food Bank', 'Sea Rescue'] };
    expect(redeemRefusal(charity, 0, undefined)?.code).toBe('charity_required');
    expect(redeemRefusal(charity, 0, 'Elsewhere')?.code).toBe('charity_not_listed');
    expect(redeemRefusal(charity, 0, 'Sea Rescue')).toBeNull();
    expect(redeemRefusal(item, 0, 'Sea Rescue')?.code).toBe('charity_not_allowed');
  });
});

describe('hasLeft', () => {
  it('counts the last day as still employed', () => {
    expect(hasLeft(null, '2026-05-01')).toBe(false);
    expect(hasLeft('2026-05-01', '2026-05-01')).toBe(false);
    expect(hasLeft('2026-04-30', '2026-05-01')).toBe(true);
  });
});
