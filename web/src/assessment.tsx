// An assessment as the DPO reads it: the decision, the severity and every reason, in the UI's language.
import type { Schemas } from './api';
import { describeReason, useLocale } from './i18n';
import { formatNumber } from './time';

type Assessment = Schemas['AssessmentResponse'] | Schemas['AssessmentVersionResponse'];

export function Decision({
  assessment,
}: {
  assessment: Pick<Assessment, 'riskLevel' | 'severity' | 'notifyAuthority' | 'notifyDataSubjects'>;
}) {
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

export function Reasons({ assessment }: { assessment: Pick<Assessment, 'reasons'> }) {
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

type Part = NonNullable<Schemas['AssessmentResponse']['parts']>[number];

/** An incident that touched our own data and our customers' has a decision per role: each one, with its reasons. */
export function Parts({ parts }: { parts: Part[] }) {
  const { t } = useLocale();
  return (
    <>
      <h3>{t.partsTitle}</h3>
      {parts.map((part) => (
        <section key={part.role} aria-labelledby={`part-${part.role}`}>
          <h4 id={`part-${part.role}`}>{(part.role === 'controller' ? t.partAsController : t.partAsProcessor)(part.systems.join(', '))}</h4>
          {part.role === 'controller' ? (
            <Decision assessment={part} />
          ) : (
            <dl className="facts">
              <dt>{t.notifyControllers}</dt>
              <dd>
                {part.notifyControllers ? t.yes : t.no}
                {part.controllers?.length ? ` (${part.controllers.join(', ')})` : ''}
              </dd>
            </dl>
          )}
          <Reasons assessment={part} />
        </section>
      ))}
    </>
  );
}
