import type { SuggestResult } from '@/lib/playbooks/suggest';

/** The playbook for the item: its steps, notices, and the choice to answer an abusive complaint's problem. */
export function PlaybookSection({ result, onAnswerAbusive }: { result: SuggestResult; onAnswerAbusive(): void }) {
  return (
    <section aria-label="Playbook">
      <h3>
        {result.playbook.name} <span className="muted">· {FAMILY_LABELS[result.family]}</span>
      </h3>
      <ol className="steps">
        {result.playbook.steps.map((step, index) => (
          <li key={index}>
            <label>
              <input type="checkbox" /> {typeof step === 'string' ? step : (step as { text: string }).text}
            </label>
          </li>
        ))}
      </ol>
      {result.notice ? <p className="notice">{result.notice}</p> : null}
      {result.languageNote ? <p className="notice">{result.languageNote}</p> : null}
      {result.canAnswerAbusive ? (
        <p className="notice">
          The language is abusive, but there is a real complaint in it, and no insult aimed at anyone.{' '}
          <button type="button" className="link" onClick={onAnswerAbusive}>
            Answer the problem anyway
          </button>
        </p>
      ) : null}
    </section>
  );
}

const FAMILY_LABELS: Record<string, string> = {
  complaint: 'complaint',
  escalation: 'urgent: public threat or safety',
  legal: 'legal',
  question: 'question',
  fan: 'fan',
  lukewarm: 'lukewarm',
  light: 'not about the business',
  ignore: 'do not engage',
};
