import type { NoticeLanguage } from '../notice-input.js';
import { EN } from './en.js';
import type { NoticeStrings } from './notice-strings.js';
import { RO } from './ro.js';

export const NOTICE_STRINGS: Record<NoticeLanguage, NoticeStrings> = { ro: RO, en: EN };
