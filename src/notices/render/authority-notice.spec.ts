import { withReasonsForDelay } from './authority-notice.js';

const REASONS = 'The forensic report arrived on day four.';

describe('withReasonsForDelay', () => {
  it('writes the reasons in place of the placeholder', () => {
    const body = '## 15. Reasons for the delay\n\nStatement.\n\n[REQUIRED: reasons for the delay]\n';
    expect(withReasonsForDelay(body, 'en', REASONS)).toBe(`## 15. Reasons for the delay\n\nStatement.\n\n${REASONS}\n`);
  });

  it('replaces the reasons given before', () => {
    const body = '## 15. Motivele întârzierii\n\nMotive vechi.\n';
    expect(withReasonsForDelay(body, 'ro', 'Motive noi.', 'Motive vechi.')).toBe('## 15. Motivele întârzierii\n\nMotive noi.\n');
  });

  it('adds a numbered last section when the body has none, e.g. a draft made before the deadline', () => {
    const body = '# Notice\n\n## 1. Controller\n\ntext\n\n## 2. Contact\n\ntext\n';
    expect(withReasonsForDelay(body, 'en', REASONS)).toBe(
      '# Notice\n\n## 1. Controller\n\ntext\n\n## 2. Contact\n\ntext\n\n## 3. Reasons for the delay\n\n' +
        'This notification is made more than 72 hours after the controller became aware of the breach (Art. 33(1) GDPR).\n\n' +
        `${REASONS}\n`,
    );
  });

  it('names the deadline of the clock the notice meets: a provider’s initial notification, 24 hours (Reg. 611/2013)', () => {
    const body = '# Notice\n\n## 1. Provider\n\ntext\n';
    expect(withReasonsForDelay(body, 'ro', 'Motive.', null, 'eprivacy_initial')).toBe(
      '# Notice\n\n## 1. Provider\n\ntext\n\n## 2. Motivele întârzierii\n\n' +
        'Această notificare este transmisă la mai mult de 24 de ore după ce furnizorul a detectat încălcarea securității datelor cu caracter personal (art. 2 alin. (2) din Regulamentul (UE) nr. 611/2013).\n\n' +
        'Motive.\n',
    );
  });

  it('leaves a body that already says the reasons as it is', () => {
    const body = `## 15. Reasons for the delay\n\n${REASONS}\n`;
    expect(withReasonsForDelay(body, 'en', REASONS, 'older reasons')).toBe(body);
  });

  it('escapes the reasons like any typed text', () => {
    expect(withReasonsForDelay('[REQUIRED: reasons for the delay]', 'en', '# not a heading')).toBe('\\# not a heading');
  });
});
