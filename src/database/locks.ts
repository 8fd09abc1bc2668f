/**
 * Every PostgreSQL advisory-lock id the service takes, in one place, so two features can never pick the
 * same number by accident (after immich's DatabaseLock).
 */
export enum DatabaseLock {
  /** Serialises migration runs of several instances starting together. */
  Migrations = 7_331_001,
  /** Serialises appends to the audit hash chain (read head → insert). */
  AuditChain = 7_331_002,
  /** Serialises the first start's admin creation. */
  Bootstrap = 7_331_003,
  /** Serialises read-modify-write of the organisation settings row. */
  OrganisationSettings = 7_331_004,
  /** Serialises changes to the data inventory (a customer is not deleted while a system comes to name it). */
  Inventory = 7_331_005,
}
