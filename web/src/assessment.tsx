// An assessment as the DPO reads it: the decision, the severity and every reason, in the UI's language.
import type { Schemas } from './api';
import { describeReason, useLocale } from './i18n';
import { formatNumber } from './time';

type Assessment = Schemas['AssessmentResponse'] | Schemas['AssessmentVersionResponse'];

export function Decision({ assessment }: { assessment: Assessment }) {
  const { t, legal, language } = useLocale();
  const v = legal.vocabulary;
  return (
    <dl className="facts">
      <dt>{t.riskLevel}</dt>
      <dd>{v.riskLevel[assessment.riskLevel]}</dd>
      <dt>{t.severity}</dt>
      <dd>
        {v.severityLevel[assessment.severity.level]} ({formatNumber(assessment.severity.score, language)})
      </dd>
      <dt>{t.notifyAuthority}</dt>
      <dd>{assessment.notifyAuthority ? t.yes : t.no}</dd>
      <dt>{t.notifyDataSubjects}</dt>
      <dd>{assessment.notifyDataSubjects ? t.yes : t.no}</dd>
    </dl>
  );
}

export function Reasons({ assessment }: { assessment: Assessment }) {
  const { t, language } = useLocale();
  return (
    <>
      <h3>{t.reasons}</h3>
      <ol>
        {assessment.reasons.map((reason, i) => (
          <li key={i}>
            {describeReason(reason as Parameters<typeof describeReason>[0], language) ?? reason.explanation}{' '}
            <span className="muted">({reason.effect})</span>
          </li>
        ))}
      </ol>
    </>
  );
}
