import { headlineSegments } from './story-search';

describe('headlineSegments', () => {
  it('splits a headline into plain and matched pieces', () => {
    expect(headlineSegments('Found the \u0002parcel\u0003 on the \u0002first\u0003 call')).toEqual([
      { text: 'Found the ', match: false },
      { text: 'parcel', match: true },
      { text: ' on the ', match: false },
      { text: 'first', match: true },
      { text: ' call', match: false },
    ]);
  });

  it('keeps markup as text and tolerates stray markers', () => {
    expect(headlineSegments('<b>\u0003bold</b>')).toEqual([
      { text: '<b>', match: false },
      { text: 'bold</b>', match: false },
    ]);
    expect(headlineSegments('')).toEqual([]);
  });
});
