// The learning pages' addresses: /learn (the dashboard and the catalogue), /learn/courses/<id>,
// /learn/lessons/<id>. Pure, so the parsing is tested in Node.

export type LearnRoute =
  | { readonly page: 'home' }
  | { readonly page: 'course'; readonly id: string }
  | { readonly page: 'lesson'; readonly id: string };

const ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const COURSE = new RegExp(`^/learn/courses/(${ID})/?$`, 'i');
const LESSON = new RegExp(`^/learn/lessons/(${ID})/?$`, 'i');

/** Whether a path belongs to the learning pages rather than the 3D venue. */
export const isLearnPath = (path: string): boolean => path === '/learn' || path.startsWith('/learn/');

export function parseLearnRoute(path: string): LearnRoute {
  const course = COURSE.exec(path)?.[1];
  if (course) return { page: 'course', id: course.toLowerCase() };
  const lesson = LESSON.exec(path)?.[1];
  if (lesson) return { page: 'lesson', id: lesson.toLowerCase() };
  return { page: 'home' };
}

export function learnPath(route: LearnRoute): string {
  switch (route.page) {
    case 'home':
      return '/learn';
    case 'course':
      return `/learn/courses/${route.id}`;
    case 'lesson':
      return `/learn/lessons/${route.id}`;
  }
}
