// The operator's identity as a notice shows it. Pure.
import { NOTICE_STRINGS } from './i18n/index.js';
import type { RequiredItem } from './i18n/notice-strings.js';
import type { NoticeLanguage, OrganisationProfile } from './notice-input.js';

/** The identity settings every notice names (ANSPDCP form items 1 and 2). */
export const NOTICE_IDENTITY_FIELDS = ['name', 'registrationCode', 'address', 'dpo.name', 'dpo.email', 'dpo.phone', 'dpo.address'] as const;
export type NoticeIdentityField = (typeof NOTICE_IDENTITY_FIELDS)[number];

const BLANK_FOR: Record<Exclude<NoticeIdentityField, 'dpo.address'>, RequiredItem> = {
  name: 'organisationName',
  registrationCode: 'registrationCode',
  address: 'organisationAddress',
  'dpo.name': 'dpoName',
  'dpo.email': 'dpoEmail',
  'dpo.phone': 'dpoPhone',
};

/**
 * An identity setting nobody has filled in yet becomes a [REQUIRED: …] blank in the notice's language, so the
 * DPO cannot approve a notice that names "[organisation name]" as the operator. The DPO's address is emptied:
 * the form renders its own blank for it.
 */
export function withIdentityBlanks(
  profile: OrganisationProfile,
  unset: readonly NoticeIdentityField[],
  language: NoticeLanguage,
): OrganisationProfile {
  const strings = NOTICE_STRINGS[language];
  const blank = (field: Exclude<NoticeIdentityField, 'dpo.address'>) => strings.required(strings.vocabulary.requiredItem[BLANK_FOR[field]]);
  const isUnset = (field: NoticeIdentityField) => unset.includes(field);
  return {
    ...profile,
    name: isUnset('name') ? blank('name') : profile.name,
    registrationCode: isUnset('registrationCode') ? blank('registrationCode') : profile.registrationCode,
    address: isUnset('address') ? blank('address') : profile.address,
    dpo: {
      name: isUnset('dpo.name') ? blank('dpo.name') : profile.dpo.name,
      email: isUnset('dpo.email') ? blank('dpo.email') : profile.dpo.email,
      phone: isUnset('dpo.phone') ? blank('dpo.phone') : profile.dpo.phone,
      address: isUnset('dpo.address') ? '' : profile.dpo.address,
    },
  };
}
