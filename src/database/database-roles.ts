/**
 * The role the running service acts as (migration 1764000000090). It owns nothing: it may read and write the
 * working tables but only INSERT and SELECT the audit log and its checkpoints, and it cannot TRUNCATE, drop or
 * disable a trigger. Migrations run as the owner role (whoever DATABASE_URL or MIGRATION_DATABASE_URL names);
 * every runtime connection switches to this role as it opens (the `role` startup setting).
 */
export const RUNTIME_ROLE = 'breach_desk_app';
