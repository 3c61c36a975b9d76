import type { SuggestResult } from '@/lib/playbooks/suggest';
import type { Reading } from '@/lib/reading';

/**
 * One `suggest` output line: the labels, the reading, the playbook with its family and the
 * suggestions. Shared by `npm run suggest` and `npm run eval:replies`, so the scorer sees
 * exactly what the CLI prints.
 */
export function suggestOutputLine(lineNumber: number, reading: Reading, result: SuggestResult) {
  return {
    line: lineNumber,
    labels: {
      tone: reading.tone,
      flags: reading.flags,
      topics: reading.topics,
      language: reading.language,
      languageConfidence: reading.languageConfidence,
    },
    reading: {
      scores: reading.scores,
      questions: reading.questions,
      points: reading.points,
      ...(reading.stars !== undefined ? { stars: reading.stars } : {}),
      reasons: reading.reasons,
    },
    playbook: {
      id: result.playbook.id,
      name: result.playbook.name,
      family: result.family,
      steps: result.playbook.steps,
      engage: result.suggestions.length > 0,
      replyLanguage: result.language,
      ...(result.notice ? { notice: result.notice } : {}),
      ...(result.languageNote ? { languageNote: result.languageNote } : {}),
    },
    suggestions: result.suggestions.map(({ templateId, text, intent, why, warnings, unfilled, gaps }) => ({
      templateId,
      text,
      intent,
      why,
      warnings,
      unfilled,
      gaps,
    })),
  };
}
