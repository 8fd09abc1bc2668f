// Issue 16.7: the bearer lookup is reused for a few seconds (TOKEN_CACHE_SECONDS); a revocation or deactivation
// is honoured at once on the instance that made it, and on another instance once its entry expires.
import { FakeTimeSource } from '../support/fake-time.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

describe('the bearer-token cache', () => {
  let here: TestApp;
  let there: TestApp;
  beforeAll(async () => {
    here = await startTestApp();
    there = await startTestApp({ databaseUrl: here.databaseUrl, time: new FakeTimeSource(here.time.now()) });
  });
  afterAll(async () => {
    await there.close();
    await here.close();
  });

  it('refuses a revoked token at once on this instance, and on another within TOKEN_CACHE_SECONDS', async () => {
    const user = await aUserWith(here, 'responder');
    await here.api(user.token).get('/api/v1/incidents').expect(200);
    await there.api(user.token).get('/api/v1/incidents').expect(200);

    await here.api().delete(`/api/v1/tokens/${user.tokenId}`).expect(204);
    // Each app has its own passport: with passport's shared singleton, `there` (registered last) would answer
    // for `here` too, from its own cache (200).
    await here.api(user.token).get('/api/v1/incidents').expect(401);
    // The other instance read the token a moment ago: it still serves it from its cache…
    await there.api(user.token).get('/api/v1/incidents').expect(200);
    // …until the entry is 5 seconds old.
    there.time.advance(5_000);
    await there.api(user.token).get('/api/v1/incidents').expect(401);
  });

  it('honours a deactivation and a change of roles at once on this instance', async () => {
    const user = await aUserWith(here, 'dpo');
    await here.api(user.token).get('/api/v1/incidents').expect(200);
    await here
      .api()
      .patch(`/api/v1/users/${user.id}`)
      .send({ roles: ['reporter'] })
      .expect(200);
    await here
      .api(user.token)
      .post(`/api/v1/incidents/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/close`)
      .send({})
      .expect(403);
    await here.api().post(`/api/v1/users/${user.id}/deactivate`).expect(200);
    await here.api(user.token).get('/api/v1/incidents').expect(401);
  });

  it('reads the database for every request when TOKEN_CACHE_SECONDS is 0', async () => {
    const uncached = await startTestApp({ databaseUrl: here.databaseUrl, env: { TOKEN_CACHE_SECONDS: '0' } });
    try {
      const user = await aUserWith(here, 'responder');
      await uncached.api(user.token).get('/api/v1/incidents').expect(200);
      await here.api().delete(`/api/v1/tokens/${user.tokenId}`).expect(204);
      await uncached.api(user.token).get('/api/v1/incidents').expect(401);
    } finally {
      await uncached.close({ keepDatabase: true });
    }
  });
});
