import { useAccount } from '../../api/session.ts';
import type { StudioTabProps } from '../tab-props.ts';
import { CourseEditor } from './CourseEditor.tsx';
import { CourseList } from './CourseList.tsx';
import './teaching.css';

/**
 * Teaching, for instructors: their courses (/studio/teaching) and a course's editor
 * (/studio/teaching/courses/<id>). Anyone else reads what the role is and how to get it.
 */
export function TeachingTab({ rest }: StudioTabProps) {
  const user = useAccount((state) => state.user);
  const roles = user?.roles ?? [];
  if (!roles.includes('instructor') && !roles.includes('admin')) return <NotAnInstructor />;
  const [page, id] = rest;
  if (page === 'courses' && id) return <CourseEditor key={id} id={id} />;
  return <CourseList />;
}

function NotAnInstructor() {
  return (
    <section aria-labelledby="teaching-title" className="teaching" data-testid="not-instructor">
      <h1 id="teaching-title">Teaching</h1>
      <p>
        Teaching is for the venue’s <strong>instructors</strong>. With the instructor role you build courses
        from video, text, exercises and live workshops in the classroom, publish them free or at a price,
        critique your students’ work and see your enrolments and revenue.
      </p>
      <p>
        The venue’s admins give the role. Ask them for it; once they have, sign out and back in (or reload
        this page) and this tab becomes your teaching studio.
      </p>
    </section>
  );
}
