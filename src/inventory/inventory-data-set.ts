// What the data inventory (issue #15) tells the intake about the systems a breach touched: one entry per data set
// of each named system. Pure types, shared by the inventory module (which reads them from its tables) and the
// incidents module (which derives an incident's facts from them).
import type { DataCategory, EncryptionLevel, IncidentRole, SubjectCategory } from '../risk/facts';

/** A customer (a controller we process for) whose data sits in a processor data set, with its own figures. */
export interface InventoryCustomerShare {
  customerId: string;
  name: string;
  /** Where breach warnings go (the DPA's contact). */
  contact: string;
  /** The DPA's window to warn this customer, in hours from awareness. */
  noticeHours: number;
  language: 'ro' | 'en';
  subjectsAffected?: number;
  recordsAffected?: number;
}

export interface InventoryDataSet {
  systemSlug: string;
  systemName: string;
  /** Our role for this data set: controller (our own data) or processor (customers' data). */
  role: IncidentRole;
  dataCategories: DataCategory[];
  subjectCategories: SubjectCategory[];
  /** Approximate people and records; for processor data, the customers' own figures are in `customers`. */
  subjectsAffected?: number;
  recordsAffected?: number;
  encryptionAtRest?: EncryptionLevel;
  hosting?: string;
  retention?: string;
  /** Data processed in providing a public electronic-communications service (Law 506/2004, Reg. 611/2013). */
  electronicCommunications: boolean;
  /** Processor data sets only: whose data it is. */
  customers: InventoryCustomerShare[];
}
