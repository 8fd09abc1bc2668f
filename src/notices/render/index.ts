// The renderer's public surface: the notices service imports from here only.
export { withReasonsForDelay } from './authority-notice.js';
export { isLateAuthorityNotice } from './lateness.js';
export { inlineRuns, parseBlocks, type InlineRun, type MarkdownBlock } from './markdown-blocks.js';
export { markdownToHtml } from './markdown-to-html.js';
export * from './notice-input.js';
export { NOTICE_IDENTITY_FIELDS, withIdentityBlanks } from './organisation-blanks.js';
export { unfilledPlaceholders } from './placeholders.js';
export { renderNotice } from './render-notice.js';
