import { complimentFigures, median } from './compliment-stats';

describe('customer compliment figures', () => {
  it('counts, shares and the median time to a story as computed by hand', () => {
    const figures = complimentFigures([
      { becameStory: true, emailConfirmed: true, hoursToStory: 2 },
      { becameStory: true, emailConfirmed: false, hoursToStory: 30 },
      { becameStory: true, emailConfirmed: true, hoursToStory: 5 },
      { becameStory: false, emailConfirmed: false, hoursToStory: null },
    ]);
    // 4 received, 3 stories, 2 of 4 confirmed their email; hours 2, 5, 30 → median 5.
    expect(figures).toEqual({ received: 4, becameStories: 3, emailConfirmed: 2, emailConfirmedShare: 0.5, medianHoursToStory: 5 });
  });

  it('takes the mean of the two middle values for an even count, and null when there is nothing', () => {
    expect(median([1, 4, 2, 10])).toBe(3);
    expect(complimentFigures([])).toEqual({ received: 0, becameStories: 0, emailConfirmed: 0, emailConfirmedShare: null, medianHoursToStory: null });
  });
});
