import { renderAuthorityNotice } from './authority-notice.js';
import { renderControllerNotice } from './controller-notice.js';
import { renderDataSubjectsNotice } from './data-subjects-notice.js';
import { NOTICE_STRINGS } from './i18n/index.js';
import type { NoticeInput, NoticeKind, RenderedNotice } from './notice-input.js';
import type { RenderContext } from './notice-parts.js';

const RENDERERS: Record<NoticeKind, (context: RenderContext) => RenderedNotice> = {
  authority: renderAuthorityNotice,
  data_subjects: renderDataSubjectsNotice,
  controller: renderControllerNotice,
};

/** The first draft of a notice, in Markdown; people edit it before it is approved and sent. */
export function renderNotice(input: NoticeInput): RenderedNotice {
  return RENDERERS[input.kind]({ input, strings: NOTICE_STRINGS[input.language] });
}
