import { describe, expect, it } from '@jest/globals';
import { renderWithProviders } from '../../../../test/render';
import { Highlighted } from './Highlighted';

describe('Highlighted', () => {
  it('marks the matches and shows markup as the text it is', () => {
    const { container, getByTestId } = renderWithProviders(
      <p data-testid="headline">
        <Highlighted
          segments={[
            { text: 'Found the ', match: false },
            { text: 'parcel', match: true },
            { text: ' <img src=x onerror=alert(1)>', match: false },
          ]}
        />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['parcel']);
    expect(container.querySelector('img')).toBeNull();
    expect(getByTestId('headline').textContent).toBe('Found the parcel <img src=x onerror=alert(1)>');
  });
});
