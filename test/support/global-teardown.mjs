import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const pg = globalThis.__BREACH_DESK_PG__;
  if (!pg) return;
  await pg.database.stop();
  await rm(pg.dataDir, { recursive: true, force: true });
}
