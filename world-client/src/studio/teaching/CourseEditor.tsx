import type { Course, NewCourse, NewLesson } from '@prostudio/backend/contract';
import { currencySchema } from '@prostudio/backend/contract';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  addLesson,
  addModule,
  deleteLesson,
  deleteModule,
  fetchCourseOutline,
  fetchLessonSource,
  publishCourse,
  renameModule,
  reorderCourse,
  updateCourse,
  updateLesson,
} from '../../api/teaching.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { useAction } from '../../venue/useAction.ts';
import { goStudio } from '../navigation.ts';
import { CourseFields } from './CourseList.tsx';
import { formMessage, messageFor } from '../field-errors.ts';
import { blankDraft, draftOf, KIND_LABELS, type LessonKind } from './lesson-draft.ts';
import { LessonForm } from './LessonForm.tsx';
import { formatMoney, parsePrice } from '../money.ts';
import { moveLesson, moveModule, orderOf } from './outline.ts';
import { StudentsPanel } from './StudentsPanel.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';

type Outline = Course;
type Currency = (typeof currencySchema.options)[number];

/**
 * After a move, the button pressed keeps the focus (the row it sits in may have moved to another list), or,
 * when it can move no further that way, the button for the other way.
 */
function refocus(id: string, by: -1 | 1): void {
  const pressed = document.querySelector<HTMLButtonElement>(`[data-move="${id}:${by}"]`);
  const other = document.querySelector<HTMLButtonElement>(`[data-move="${id}:${-by}"]`);
  (pressed && !pressed.disabled ? pressed : other)?.focus();
}

/** A course's editor: its details, its modules and lessons, publishing, its students and their work. */
export function CourseEditor({ id }: { id: string }) {
  const [loaded] = useLoad(`course-outline:${id}`, () => fetchCourseOutline(id));
  const [latest, setLatest] = useState<Outline | null>(null);
  // A review can complete a student's course: the students' list is loaded again after each.
  const [reviews, setReviews] = useState(0);
  if (loaded.state === 'loading') return <p aria-busy="true">Loading the course…</p>;
  if (loaded.state === 'failed')
    return (
      <>
        <BackLink />
        <p className="error" role="alert">
          {loaded.message}
        </p>
      </>
    );
  const course = latest ?? loaded.value;
  return (
    <article className="teaching course-editor" aria-labelledby="course-title">
      <BackLink />
      <h1 id="course-title">
        {course.title} <span className={`status status-${course.status}`}>{course.status}</span>
      </h1>
      <DetailsForm course={course} onSaved={setLatest} />
      <OutlineEditor course={course} onChange={setLatest} />
      <PublishForm course={course} onPublished={setLatest} />
      <StudentsPanel courseId={course.id} round={reviews} />
      <ReviewPanel courseId={course.id} onReviewed={() => setReviews((n) => n + 1)} />
    </article>
  );
}

function BackLink() {
  return (
    <p>
      <a
        href="/studio/teaching"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          goStudio('teaching');
        }}
      >
        ← Your courses
      </a>
    </p>
  );
}

function DetailsForm({ course, onSaved }: { course: Course; onSaved: (course: Course) => void }) {
  const [details, setDetails] = useState<NewCourse>({
    title: course.title,
    summary: course.summary,
    discipline: course.discipline,
    level: course.level,
  });
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void action.run(
      () => updateCourse(course.id, details).then(onSaved),
      () => setSaved(true),
    );
  };
  const general = formMessage(action.error, ['title', 'summary', 'discipline', 'level']);
  return (
    <details className="card">
      <summary>
        <h2>Details</h2>
      </summary>
      <form className="teaching-form" onSubmit={submit} aria-label="Course details">
        <CourseFields value={details} onChange={setDetails} error={action.error} />
        <p className="actions">
          <button type="submit" disabled={action.busy}>
            {action.busy ? 'Saving…' : 'Save the details'}
          </button>
          {saved && <span role="status">Saved.</span>}
          {general && (
            <span className="error" role="alert">
              {general}
            </span>
          )}
        </p>
      </form>
    </details>
  );
}

/** A button that asks before it deletes: the first press asks, the second deletes, Keep goes back. */
function DeleteButton({ what, onDelete }: { what: string; onDelete: () => Promise<unknown> }) {
  const [asking, setAsking] = useState(false);
  const action = useAction();
  if (!asking)
    return (
      <>
        <button
          type="button"
          className="secondary danger"
          aria-label={`Delete ${what}`}
          onClick={() => setAsking(true)}
        >
          Delete
        </button>
      </>
    );
  return (
    <span className="confirm" role="group" aria-label={`Delete ${what}?`}>
      <span>Delete {what}?</span>
      <button
        type="button"
        className="danger"
        disabled={action.busy}
        onClick={() => void action.run(onDelete)}
      >
        Yes, delete
      </button>
      <button type="button" className="secondary" autoFocus onClick={() => setAsking(false)}>
        Keep it
      </button>
      {action.error && (
        <span className="error" role="alert">
          {action.error}
        </span>
      )}
    </span>
  );
}

function OutlineEditor({ course, onChange }: { course: Course; onChange: (course: Course) => void }) {
  const move = useAction();
  // The move whose button gets the focus back once the buttons are enabled again.
  const moved = useRef<{ id: string; by: -1 | 1 } | null>(null);
  useEffect(() => {
    if (move.busy || !moved.current) return;
    refocus(moved.current.id, moved.current.by);
    moved.current = null;
  }, [move.busy, course]);
  const reorder = (order: ReturnType<typeof orderOf> | null, id: string, by: -1 | 1) => {
    if (!order) return;
    moved.current = { id, by };
    void move.run(() =>
      reorderCourse(course.id, {
        modules: order.modules.map((m) => ({ id: m.id, lessons: [...m.lessons] })),
      }).then(onChange),
    );
  };
  const order = orderOf(course);
  return (
    <section aria-labelledby="outline-title" className="outline">
      <h2 id="outline-title">Modules and lessons</h2>
      {move.error && (
        <p className="error" role="alert">
          {move.error}
        </p>
      )}
      {course.modules.length === 0 && (
        <p className="empty">
          No modules yet. A course is made of modules, each a few lessons: add the first below.
        </p>
      )}
      <ol className="modules" data-testid="outline">
        {course.modules.map((module, m) => (
          <li key={module.id} className="card module" aria-label={`Module ${m + 1}: ${module.title}`}>
            <ModuleHeader
              course={course}
              module={module}
              index={m}
              onChange={onChange}
              onMove={(by) => reorder(moveModule(order, module.id, by), module.id, by)}
              busy={move.busy}
            />
            {module.lessons.length === 0 && <p className="empty">No lessons in this module yet.</p>}
            <ol className="lessons">
              {module.lessons.map((lesson, l) => (
                <LessonRow
                  key={lesson.id}
                  lesson={lesson}
                  first={m === 0 && l === 0}
                  last={m === course.modules.length - 1 && l === module.lessons.length - 1}
                  busy={move.busy}
                  onMove={(by) => reorder(moveLesson(order, lesson.id, by), lesson.id, by)}
                  onChange={onChange}
                />
              ))}
            </ol>
            <AddLesson moduleId={module.id} moduleTitle={module.title} onAdded={onChange} />
          </li>
        ))}
      </ol>
      <AddModule courseId={course.id} onAdded={onChange} />
    </section>
  );
}

function ModuleHeader({
  module,
  index,
  course,
  onChange,
  onMove,
  busy,
}: {
  module: Course['modules'][number];
  index: number;
  course: Course;
  onChange: (course: Course) => void;
  onMove: (by: -1 | 1) => void;
  busy: boolean;
}) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(module.title);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () => renameModule(module.id, title).then(onChange),
      () => setRenaming(false),
    );
  };
  if (renaming)
    return (
      <form className="inline-form" onSubmit={submit} aria-label={`Rename module ${index + 1}`}>
        <label>
          Module title
          <input
            type="text"
            value={title}
            maxLength={200}
            autoFocus
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={action.error ? true : undefined}
          />
          {action.error && (
            <span className="field-error">{messageFor(action.error, 'title') ?? action.error}</span>
          )}
        </label>
        <button type="submit" disabled={action.busy}>
          Save
        </button>
        <button type="button" className="secondary" onClick={() => setRenaming(false)}>
          Cancel
        </button>
      </form>
    );
  return (
    <div className="row-head">
      <h3>
        <span className="muted">Module {index + 1}.</span> {module.title}
      </h3>
      <span className="row-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => setRenaming(true)}
          aria-label={`Rename module ${module.title}`}
        >
          Rename
        </button>
        <button
          type="button"
          className="secondary"
          data-move={`${module.id}:-1`}
          aria-label={`Move module ${module.title} up`}
          disabled={busy || index === 0}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="secondary"
          data-move={`${module.id}:1`}
          aria-label={`Move module ${module.title} down`}
          disabled={busy || index === course.modules.length - 1}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <DeleteButton
          what={`module “${module.title}” and its lessons`}
          onDelete={() => deleteModule(module.id).then(onChange)}
        />
      </span>
    </div>
  );
}

function LessonRow({
  lesson,
  first,
  last,
  busy,
  onMove,
  onChange,
}: {
  lesson: Course['modules'][number]['lessons'][number];
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onChange: (course: Course) => void;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="lesson-row">
      <div className="row-head">
        <span>
          <span className={`kind kind-${lesson.kind}`}>{KIND_LABELS[lesson.kind]}</span>{' '}
          <strong>{lesson.title}</strong>
          {!lesson.required && <span className="muted"> · optional</span>}
          {lesson.workshop && (
            <span className="muted">
              {' '}
              ·{' '}
              {new Date(lesson.workshop.startsAt).toLocaleString(undefined, {
                dateStyle: 'medium',
                timeStyle: 'short',
              })}
              , {lesson.workshop.capacity} places
            </span>
          )}
        </span>
        <span className="row-actions">
          <button
            type="button"
            className="secondary"
            aria-label={`Edit ${lesson.title}`}
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            Edit
          </button>
          <button
            type="button"
            className="secondary"
            data-move={`${lesson.id}:-1`}
            aria-label={`Move ${lesson.title} up`}
            disabled={busy || first}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="secondary"
            data-move={`${lesson.id}:1`}
            aria-label={`Move ${lesson.title} down`}
            disabled={busy || last}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <DeleteButton what={`“${lesson.title}”`} onDelete={() => deleteLesson(lesson.id).then(onChange)} />
        </span>
      </div>
      {editing && (
        <EditLesson
          lessonId={lesson.id}
          title={lesson.title}
          onSaved={(course) => {
            onChange(course);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  );
}

function EditLesson({
  lessonId,
  title,
  onSaved,
  onCancel,
}: {
  lessonId: string;
  title: string;
  onSaved: (course: Course) => void;
  onCancel: () => void;
}) {
  const [source] = useLoad(`lesson-source:${lessonId}`, () => fetchLessonSource(lessonId));
  if (source.state === 'loading') return <p aria-busy="true">Loading the lesson…</p>;
  if (source.state === 'failed')
    return (
      <p className="error" role="alert">
        {source.message}
      </p>
    );
  return (
    <LessonForm
      initial={draftOf(source.value.source)}
      heading={`Edit “${title}”`}
      submitLabel="Save the lesson"
      onSave={(lesson: NewLesson) => updateLesson(lessonId, lesson).then(onSaved)}
      onCancel={onCancel}
    />
  );
}

const KINDS: readonly LessonKind[] = ['text', 'video', 'exercise', 'workshop'];

function AddLesson({
  moduleId,
  moduleTitle,
  onAdded,
}: {
  moduleId: string;
  moduleTitle: string;
  onAdded: (course: Course) => void;
}) {
  const [kind, setKind] = useState<LessonKind | null>(null);
  if (kind)
    return (
      <LessonForm
        key={kind}
        initial={blankDraft(kind, new Date())}
        heading={`A new ${KIND_LABELS[kind].toLowerCase()} lesson in “${moduleTitle}”`}
        submitLabel="Add the lesson"
        onSave={(lesson) =>
          addLesson(moduleId, lesson).then((course) => {
            onAdded(course);
            setKind(null);
          })
        }
        onCancel={() => setKind(null)}
      />
    );
  return (
    <div className="add-lesson" role="group" aria-label={`Add a lesson to ${moduleTitle}`}>
      <span className="muted">Add a lesson:</span>
      {KINDS.map((one) => (
        <button key={one} type="button" className="secondary" onClick={() => setKind(one)}>
          + {KIND_LABELS[one]}
        </button>
      ))}
    </div>
  );
}

function AddModule({ courseId, onAdded }: { courseId: string; onAdded: (course: Course) => void }) {
  const [title, setTitle] = useState('');
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () => addModule(courseId, title).then(onAdded),
      () => setTitle(''),
    );
  };
  const message = action.error ? (messageFor(action.error, 'title') ?? action.error) : null;
  return (
    <form className="inline-form card" onSubmit={submit} aria-label="Add a module">
      <label>
        New module title
        <input
          type="text"
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'new-module-error' : undefined}
        />
        {message && (
          <span className="field-error" id="new-module-error">
            {message}
          </span>
        )}
      </label>
      <button type="submit" disabled={action.busy}>
        Add the module
      </button>
    </form>
  );
}

function PublishForm({ course, onPublished }: { course: Course; onPublished: (course: Course) => void }) {
  const [price, setPrice] = useState('');
  const [currency, setCurrency] = useState<Currency>('eur');
  const [local, setLocal] = useState<string | null>(null);
  const action = useAction();
  if (course.status === 'published')
    return (
      <section aria-labelledby="publish-title" className="card">
        <h2 id="publish-title">Published</h2>
        <p data-testid="published-price">
          Open for enrolment at{' '}
          <strong>
            {course.priceMinor !== null && course.currency
              ? formatMoney(course.priceMinor, course.currency, { free: true })
              : '—'}
          </strong>
          . Students find it on <a href="/learn">/learn</a>.
        </p>
      </section>
    );
  const lessons = course.modules.reduce((sum, module) => sum + module.lessons.length, 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parsePrice(price, currency);
    if (!parsed.ok) {
      setLocal(parsed.reason);
      return;
    }
    setLocal(null);
    void action.run(() => publishCourse(course.id, { priceMinor: parsed.minor, currency }).then(onPublished));
  };
  const priceError = local ?? messageFor(action.error, 'priceMinor');
  const general = local ? undefined : formMessage(action.error, ['priceMinor', 'currency']);
  const parsed = parsePrice(price, currency);
  return (
    <section aria-labelledby="publish-title" className="card">
      <h2 id="publish-title">Publish</h2>
      <p>
        Students can enrol once it is published. Leave the price empty (or 0) for a free course; paid places
        are shared with the venue at its commission for courses, and need your payouts set up (Payouts tab).
      </p>
      <form className="inline-form" onSubmit={submit} aria-label="Publish the course">
        <label>
          Price
          <input
            type="text"
            inputMode="decimal"
            value={price}
            placeholder="0 for free"
            onChange={(e) => setPrice(e.target.value)}
            aria-invalid={priceError ? true : undefined}
            aria-describedby={priceError ? 'price-error' : 'price-shown'}
          />
          {priceError ? (
            <span className="field-error" id="price-error">
              {priceError}
            </span>
          ) : (
            <span className="hint" id="price-shown">
              {parsed.ok ? `Students pay ${formatMoney(parsed.minor, currency, { free: true })}` : ''}
            </span>
          )}
        </label>
        <label>
          Currency
          <select value={currency} onChange={(e) => setCurrency(e.target.value as Currency)}>
            {currencySchema.options.map((one) => (
              <option key={one} value={one}>
                {one.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={action.busy || lessons === 0}>
          {action.busy ? 'Publishing…' : 'Publish'}
        </button>
      </form>
      {lessons === 0 && <p className="muted">Add at least one lesson first.</p>}
      {general && (
        <p className="error" role="alert">
          {general}
        </p>
      )}
    </section>
  );
}
