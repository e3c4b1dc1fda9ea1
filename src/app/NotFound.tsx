import { CourseMap } from './Home';
import { stripBidi } from '../store/params';

export function NotFound({ what }: { what: string }) {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p className="lead">
        There is no page at <code>{stripBidi(what).slice(0, 80)}</code>. Perhaps the link was cut short. Here is the course map instead:
      </p>
      <CourseMap />
    </div>
  );
}
