// Moving modules and lessons up and down in a course outline, as the editor's buttons do, giving the order
// the API takes (PUT /api/courses/:id/outline). Pure, so it is tested in Node.

export interface OutlineOrder {
  readonly modules: readonly { readonly id: string; readonly lessons: readonly string[] }[];
}

/** The order of a course as the API describes it. */
export const orderOf = (course: {
  readonly modules: readonly { readonly id: string; readonly lessons: readonly { readonly id: string }[] }[];
}): OutlineOrder => ({
  modules: course.modules.map((module) => ({ id: module.id, lessons: module.lessons.map((l) => l.id) })),
});

/** The order with a module moved one place up (-1) or down (+1); null when it cannot move that way. */
export function moveModule(order: OutlineOrder, moduleId: string, by: -1 | 1): OutlineOrder | null {
  const from = order.modules.findIndex((module) => module.id === moduleId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.modules.length) return null;
  const modules = [...order.modules];
  const [moved] = modules.splice(from, 1);
  if (!moved) return null;
  modules.splice(to, 0, moved);
  return { modules };
}

/**
 * The order with a lesson moved one place up or down; from the top of a module up it goes to the end of the
 * module before, from the bottom down to the start of the next. Null when it cannot move that way.
 */
export function moveLesson(order: OutlineOrder, lessonId: string, by: -1 | 1): OutlineOrder | null {
  const m = order.modules.findIndex((module) => module.lessons.includes(lessonId));
  const module = order.modules[m];
  if (!module) return null;
  const i = module.lessons.indexOf(lessonId);
  const modules = order.modules.map((one) => ({ id: one.id, lessons: [...one.lessons] }));
  const here = modules[m];
  if (!here) return null;
  const to = i + by;
  if (to >= 0 && to < here.lessons.length) {
    here.lessons.splice(i, 1);
    here.lessons.splice(to, 0, lessonId);
    return { modules };
  }
  const neighbour = modules[m + by];
  if (!neighbour) return null;
  here.lessons.splice(i, 1);
  if (by < 0) neighbour.lessons.push(lessonId);
  else neighbour.lessons.unshift(lessonId);
  return { modules };
}
