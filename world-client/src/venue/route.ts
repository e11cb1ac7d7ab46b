// The venue staff's page lives at /venue, outside the 3D venue. Pure, so it is tested in Node.

/** Whether a path is the staff's page rather than the 3D venue. */
export const isVenuePath = (path: string): boolean => path === '/venue' || path.startsWith('/venue/');
