import { describe, expect, it } from 'vitest';
import { isPortfolioPath, portfolioArtistId } from './route.ts';

const id = '0b5c8a4e-3f1d-4c2b-9a7e-1d2c3b4a5f60';

describe('the portfolio route', () => {
  it("reads the artist's id from /artists/<id>", () => {
    expect(isPortfolioPath(`/artists/${id}`)).toBe(true);
    expect(portfolioArtistId(`/artists/${id}`)).toBe(id);
    expect(portfolioArtistId(`/artists/${id.toUpperCase()}/`)).toBe(id);
  });

  it('names nobody for other paths', () => {
    expect(isPortfolioPath('/studio/profile')).toBe(false);
    expect(portfolioArtistId('/artists/someone')).toBeNull();
    expect(portfolioArtistId(`/artists/${id}/works`)).toBeNull();
  });
});
