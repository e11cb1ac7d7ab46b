// A course outline's new order, checked against the outline as it is. Pure: the service feeds it rows.

/** The outline as stored: modules in order, each with its lessons' ids in order. */
export interface StoredOutline {
  readonly modules: readonly { readonly id: string; readonly lessons: readonly string[] }[];
}

/** Where each module and lesson goes: modules by index, lessons by module and index. */
export interface Placement {
  readonly modules: readonly { readonly id: string; readonly position: number }[];
  readonly lessons: readonly { readonly id: string; readonly moduleId: string; readonly position: number }[];
}

const duplicate = (ids: readonly string[]): string | undefined =>
  ids.find((id, index) => ids.indexOf(id) !== index);

/**
 * The placement an order asks for, or a message naming what is wrong with it: the order must name every
 * module of the course and every lesson exactly once (a lesson may move to another module).
 */
export function placeOutline(stored: StoredOutline, wanted: StoredOutline): Placement | string {
  const storedModules = stored.modules.map((module) => module.id);
  const wantedModules = wanted.modules.map((module) => module.id);
  const twiceModule = duplicate(wantedModules);
  if (twiceModule) return `body.modules: module ${twiceModule} is named twice.`;
  const strangeModule = wantedModules.find((id) => !storedModules.includes(id));
  if (strangeModule) return `body.modules: module ${strangeModule} is not in this course.`;
  const missingModule = storedModules.find((id) => !wantedModules.includes(id));
  if (missingModule) return `body.modules: module ${missingModule} is missing.`;

  const storedLessons = stored.modules.flatMap((module) => module.lessons);
  const wantedLessons = wanted.modules.flatMap((module) => module.lessons);
  const twiceLesson = duplicate(wantedLessons);
  if (twiceLesson) return `body.modules: lesson ${twiceLesson} is named twice.`;
  const strangeLesson = wantedLessons.find((id) => !storedLessons.includes(id));
  if (strangeLesson) return `body.modules: lesson ${strangeLesson} is not in this course.`;
  const missingLesson = storedLessons.find((id) => !wantedLessons.includes(id));
  if (missingLesson) return `body.modules: lesson ${missingLesson} is missing.`;

  return {
    modules: wanted.modules.map((module, position) => ({ id: module.id, position })),
    lessons: wanted.modules.flatMap((module) =>
      module.lessons.map((id, position) => ({ id, moduleId: module.id, position })),
    ),
  };
}
