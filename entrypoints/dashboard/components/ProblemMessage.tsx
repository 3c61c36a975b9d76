import type { StorageProblem } from '@/lib/storage/problems';

/** A storage problem shown to the user (announced by screen readers). */
export function ProblemMessage({ problem }: { problem: StorageProblem | undefined }) {
  if (!problem) return null;
  return (
    <div role="alert" className={`problem problem-${problem.kind}`}>
      {problem.message}
    </div>
  );
}
