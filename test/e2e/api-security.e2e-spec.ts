// The API's own defences, over real HTTP on a real database: where a token may travel, deactivated users,
// what a token id gives away, the HTML document's content security policy.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { anIncident } from '../support/factories.js';
import { anOrganisation } from '../support/organisation.js';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app.js';
import { aUserWith } from '../support/users.js';

type Json = Record<string, any>;

describe('API security', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t
      .api()
      .put('/api/v1/organisation')
      .send(anOrganisation({ sectors: [] }))
      .expect(200);
  });
  afterAll(() => t.close());

  describe('bearer tokens travel only in the Authorization header', () => {
    it('refuses a token in ?access_token=, even beside a valid header', async () => {
      const query = await request(t.http).get(`/api/v1/incidents?access_token=${ADMIN_TOKEN}`).expect(401);
      expect(query.body.message).toEqual(['send the token in the Authorization header (Bearer), never as access_token']);
      await t.api().get(`/api/v1/incidents?access_token=${ADMIN_TOKEN}`).expect(401);
    });

    it('refuses a token in an access_token body field', async () => {
      const incident = (await t.api().post('/api/v1/incidents').send(anIncident()).expect(201)).body;
      await request(t.http).post(`/api/v1/incidents/${incident.id}/close`).send({ access_token: ADMIN_TOKEN }).expect(401);
      expect((await t.api().get(`/api/v1/incidents/${incident.id}`).expect(200)).body.state).toBe('open');
    });

    it('still accepts the header alone', async () => {
      await t.api().get('/api/v1/incidents').expect(200);
    });
  });

  describe('deactivating a user', () => {
    it('stops their tokens at once, is audited, and a reactivation needs a new token', async () => {
      const responder = await aUserWith(t, 'responder');
      await t.api(responder.token).get('/api/v1/incidents').expect(200);

      const deactivated = await t.api().post(`/api/v1/users/${responder.id}/deactivate`).expect(200);
      expect(deactivated.body.deactivatedAt).toBe(t.time.now().toISOString());
      await t.api(responder.token).get('/api/v1/incidents').expect(401);
      const tokens = (await t.api().get(`/api/v1/users/${responder.id}/tokens`).expect(200)).body;
      expect(tokens.every((token: Json) => token.revokedAt !== null)).toBe(true);
      const audited = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'user.%' ORDER BY id`, [
        responder.id,
      ]);
      expect(audited.map((row: Json) => row.action)).toEqual(['user.created', 'user.deactivated']);
      await t.api().post(`/api/v1/users/${responder.id}/tokens`).send({}).expect(409);

      const reactivated = await t.api().post(`/api/v1/users/${responder.id}/reactivate`).expect(200);
      expect(reactivated.body.deactivatedAt).toBeNull();
      await t.api(responder.token).get('/api/v1/incidents').expect(401);
      const fresh = await t.api().post(`/api/v1/users/${responder.id}/tokens`).send({}).expect(201);
      await t.api(fresh.body.token).get('/api/v1/incidents').expect(200);
    });

    it('is for admins only, and nobody deactivates themselves', async () => {
      const dpo = await aUserWith(t, 'dpo');
      const other = await aUserWith(t, 'reporter');
      await t.api(dpo.token).post(`/api/v1/users/${other.id}/deactivate`).expect(403);
      const admin = await aUserWith(t, 'admin');
      const self = await t.api(admin.token).post(`/api/v1/users/${admin.id}/deactivate`).expect(403);
      expect(self.body.message).toEqual(['nobody may deactivate themselves; ask another admin']);
      await t.api(admin.token).get('/api/v1/users').expect(200);
      await t.api().post(`/api/v1/users/${randomUUID()}/deactivate`).expect(404);
    });

    it('lists the user with when they were deactivated', async () => {
      const reporter = await aUserWith(t, 'reporter');
      await t.api().post(`/api/v1/users/${reporter.id}/deactivate`).expect(200);
      const listed = (await t.api().get('/api/v1/users').expect(200)).body.find((user: Json) => user.id === reporter.id);
      expect(listed.deactivatedAt).toBe(t.time.now().toISOString());
    });

    it('unlinks a Slack user with slackUserId null', async () => {
      const created = await aUserWith(t, 'dpo', { slackUserId: 'U0LINKED' });
      const unlinked = await t.api().patch(`/api/v1/users/${created.id}`).send({ slackUserId: null }).expect(200);
      expect(unlinked.body.slackUserId).toBeNull();
    });
  });

  describe('revoking a token', () => {
    it('answers the same 404 for someone else’s token as for one that does not exist', async () => {
      const alice = await aUserWith(t, 'reporter');
      const bob = await aUserWith(t, 'reporter');
      const missing = randomUUID();
      const notYours = await t.api(alice.token).delete(`/api/v1/tokens/${bob.tokenId}`).expect(404);
      const notThere = await t.api(alice.token).delete(`/api/v1/tokens/${missing}`).expect(404);
      expect(notYours.body).toEqual({
        ...notThere.body,
        message: notThere.body.message.map((line: string) => line.replace(missing, bob.tokenId)),
      });
      await t.api(bob.token).get('/api/v1/incidents').expect(200);
      await t.api(alice.token).delete(`/api/v1/tokens/${alice.tokenId}`).expect(204);
    });
  });

  describe('the HTML document of a notice', () => {
    it('comes with a content security policy that allows no script and nothing remote', async () => {
      const incident = (
        await t
          .api()
          .post('/api/v1/incidents')
          .send(anIncident({ description: 'Found <script>alert(1)</script> in the logs.' }))
          .expect(201)
      ).body;
      const notice = (
        await t.api().post(`/api/v1/incidents/${incident.id}/notices`).send({ kind: 'authority', language: 'en' }).expect(201)
      ).body;
      const html = await t.api().get(`/api/v1/notices/${notice.id}/document?format=html`).expect(200);
      const policy = String(html.headers['content-security-policy']);
      expect(policy.split('; ')).toEqual(
        expect.arrayContaining(["default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'none'"]),
      );
      expect(policy).not.toContain('script-src');
      expect(html.text).toContain('<style>');
    });
  });
});

describe('rate limit: one budget per client across the whole API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('after a 429 on one route, answers 429 on every other route too, and never limits health checks', async () => {
    for (let i = 0; i < 3; i += 1) await t.api().get('/api/v1/incidents').expect(200);
    const limited = await t.api().get('/api/v1/incidents').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await t.api().get('/api/v1/organisation').expect(429);
    await t.api().post('/api/v1/incidents').send(anIncident()).expect(429);
    await request(t.http).get('/api/v1/users').expect(429);
    await t.api().get('/health/live').expect(200);
  });

  it('ignores X-Forwarded-For by default: a made-up address is still the same client', async () => {
    await t.api().get('/api/v1/incidents').set('X-Forwarded-For', '203.0.113.77').expect(429);
  });

  it('lets the client in again in the next minute', async () => {
    t.time.advance(61_000);
    await t.api().get('/api/v1/incidents').expect(200);
  });
});

describe('rate limit behind a trusted proxy (TRUST_PROXY)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => t.close());

  it('counts each client the proxy names in X-Forwarded-For apart', async () => {
    const from = (address: string) => t.api().get('/api/v1/incidents').set('X-Forwarded-For', address);
    await from('198.51.100.1').expect(200);
    await from('198.51.100.1').expect(200);
    await from('198.51.100.1').expect(429);
    await from('198.51.100.2').expect(200);
  });
});

describe('lockout after failed authentications', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 429 to everything from a client after 10 failed authentications in 5 minutes, for 15 minutes', async () => {
    for (let i = 0; i < 9; i += 1) await t.api(`bd_guess${i}`).get('/api/v1/incidents').expect(401);
    await t.api().get('/api/v1/incidents').expect(200);
    await request(t.http).get('/api/v1/incidents').expect(401);

    const locked = await t.api().get('/api/v1/incidents').expect(429);
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    t.time.advance(14 * 60_000);
    await t.api().get('/api/v1/organisation').expect(429);
    t.time.advance(61_000);
    await t.api().get('/api/v1/incidents').expect(200);
  });

  it('forgets failures older than 5 minutes', async () => {
    for (let i = 0; i < 9; i += 1) await t.api(`bd_guess${i}`).get('/api/v1/incidents').expect(401);
    t.time.advance(5 * 60_000);
    await t.api('bd_one-more').get('/api/v1/incidents').expect(401);
    await t.api().get('/api/v1/incidents').expect(200);
  });
});
