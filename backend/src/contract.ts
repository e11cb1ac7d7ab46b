// The API's public contract: the shapes the world client reads. Pure zod, shared by the API (which builds
// these objects and validates what it is sent) and the client (which validates what it receives). One file
// per feature under contract/; this barrel is what `@prostudio/backend/contract` exports.
export * from './contract/common.ts';
export * from './contract/links.ts';
export * from './contract/money.ts';
export * from './contract/spaces.ts';
export * from './contract/world.ts';
export * from './contract/accounts.ts';
export * from './contract/artists.ts';
export * from './contract/media.ts';
export * from './contract/marketplace.ts';
export * from './contract/requests.ts';
export * from './contract/shows.ts';
export * from './contract/payouts.ts';
export * from './contract/subscriptions.ts';
export * from './contract/courses.ts';
export * from './contract/learning.ts';
export * from './contract/mentors.ts';
export * from './contract/challenges.ts';
export * from './contract/venue.ts';
export * from './contract/moderation.ts';
export * from './contract/venue-desk.ts';
export * from './contract/selling.ts';
export * from './contract/teaching.ts';
export * from './contract/curating.ts';
export * from './contract/music.ts';
