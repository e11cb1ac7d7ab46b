import { fetchCourseStudents } from '../../api/teaching.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { revenueText } from './money.ts';

/** The course's students (progress, certificates) and its revenue. */
export function StudentsPanel({ courseId, round = 0 }: { courseId: string; round?: number }) {
  const [loaded, reload] = useLoad(`course-students:${courseId}:${round}`, () =>
    fetchCourseStudents(courseId),
  );
  return (
    <section aria-labelledby="students-title" className="card">
      <h2 id="students-title">
        Students and revenue{' '}
        <button type="button" className="secondary" onClick={reload}>
          Refresh
        </button>
      </h2>
      {loaded.state === 'loading' && <p aria-busy="true">Loading the students…</p>}
      {loaded.state === 'failed' && (
        <p className="error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.state === 'ready' && (
        <>
          <p>
            <strong data-testid="enrolment-count">{loaded.value.enrolments.length}</strong>{' '}
            {loaded.value.enrolments.length === 1 ? 'student' : 'students'} · Revenue:{' '}
            <span data-testid="revenue">{revenueText(loaded.value.revenue)}</span>
          </p>
          {loaded.value.enrolments.length === 0 ? (
            <p className="empty">Nobody has enrolled yet.</p>
          ) : (
            <div className="table-scroll">
              <table data-testid="students">
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    <th scope="col">Enrolled</th>
                    <th scope="col">Progress</th>
                    <th scope="col">Certificate</th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.value.enrolments.map((enrolment) => (
                    <tr key={enrolment.student.id}>
                      <th scope="row">{enrolment.student.name}</th>
                      <td>
                        {new Date(enrolment.enrolledAt).toLocaleDateString(undefined, {
                          dateStyle: 'medium',
                        })}
                      </td>
                      <td>
                        {new Intl.NumberFormat(undefined, {
                          style: 'percent',
                          maximumFractionDigits: 0,
                        }).format(enrolment.progress)}
                      </td>
                      <td>
                        {enrolment.certificate ? (
                          <a href={`/api/certificates/${enrolment.certificate.code}/page`}>
                            {enrolment.certificate.code}
                          </a>
                        ) : (
                          '—'
                        )}
                        {enrolment.certificate && !enrolment.certificate.valid && ' (revoked)'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
