// Issue 14.1–14.3: people sign in to the console with a password (argon2id) and, for dpo and admin, TOTP;
// sessions live in PostgreSQL behind an HttpOnly cookie, with CSRF tokens, an idle timeout and an absolute
// end. Real HTTP with cookie-keeping agents, real argon2, real TOTP codes computed from the setup key at the
// test's time.
import request from 'supertest';
import { anIncident } from '../support/factories.js';
import { aConsoleUser, invitationToken, signIn, totpCode } from '../support/console-user.js';
import { hours, minutes } from '../support/fake-time.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Json = Record<string, any>;

describe('console sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('invitations', () => {
    it('sets up a responder from a one-use link: details, a password of at least 12 characters, no reuse', async () => {
      const created = (
        await t
          .api()
          .post('/api/v1/users')
          .send({ name: 'Mihai Ionescu', email: 'Mihai@Exemplu.ro', roles: ['responder'] })
          .expect(201)
      ).body;
      expect(created.invitationUrl).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);
      expect(created).toMatchObject({ passwordSet: false, totpEnrolled: false });
      const token = invitationToken(created.invitationUrl);

      const details = (await request(t.http).get(`/api/v1/invitations/${token}`).expect(200)).body;
      expect(details).toMatchObject({
        email: 'mihai@exemplu.ro',
        name: 'Mihai Ionescu',
        role: 'responder',
        roles: ['responder'],
        totpRequired: false,
      });
      expect(details.totp.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(details.totp.otpauthUrl).toContain(`secret=${details.totp.secret}`);
      expect(details.totp.qrCodeSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      // The secret is made once per invitation: the page may be reloaded.
      expect((await request(t.http).get(`/api/v1/invitations/${token}`).expect(200)).body.totp.secret).toBe(details.totp.secret);

      const short = await request(t.http).post(`/api/v1/invitations/${token}/accept`).send({ password: 'short pass' }).expect(400);
      expect(short.body.message).toEqual(['password must be at least 12 characters long']);

      const accepted = await request(t.http)
        .post(`/api/v1/invitations/${token}/accept`)
        .send({ password: 'a long enough password' })
        .expect(200);
      expect(accepted.body).toEqual({ email: 'mihai@exemplu.ro', recoveryCodes: [] });
      const [stored] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [created.id]);
      expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$/);

      const again = await request(t.http)
        .post(`/api/v1/invitations/${token}/accept`)
        .send({ password: 'another long password' })
        .expect(410);
      expect(again.body.code).toBe('INVITATION_GONE');
      expect((await request(t.http).get(`/api/v1/invitations/${token}`).expect(410)).body.message[0]).toContain('was already used');
      await request(t.http).get('/api/v1/invitations/not-a-known-token').expect(404);

      const users = (await t.api().get('/api/v1/users').expect(200)).body as Json[];
      expect(users.find((user) => user.id === created.id)).toMatchObject({ passwordSet: true, totpEnrolled: false });
      const audit = await t.dataSource.query(`SELECT action, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [created.id]);
      expect(audit.map((line: Json) => line.action)).toEqual(['user.created', 'invitation.issued', 'invitation.accepted']);
      expect(JSON.stringify(audit)).not.toContain('argon2');
    });

    it('refuses an expired link, and a re-issued link replaces the old one', async () => {
      const created = (
        await t
          .api()
          .post('/api/v1/users')
          .send({ name: 'Elena Pop', email: 'elena.pop@exemplu.ro', roles: ['reporter'] })
          .expect(201)
      ).body;
      const first = invitationToken(created.invitationUrl);
      t.time.advance(hours(72));
      expect((await request(t.http).get(`/api/v1/invitations/${first}`).expect(410)).body.message[0]).toContain('has expired');
      await request(t.http).post(`/api/v1/invitations/${first}/accept`).send({ password: 'a long enough password' }).expect(410);

      const reissued = (await t.api().post(`/api/v1/users/${created.id}/invitation`).expect(201)).body;
      expect(new Date(reissued.expiresAt).getTime()).toBe(t.time.now().getTime() + hours(72));
      const second = invitationToken(reissued.invitationUrl);
      const third = invitationToken((await t.api().post(`/api/v1/users/${created.id}/invitation`).expect(201)).body.invitationUrl);
      expect((await request(t.http).get(`/api/v1/invitations/${second}`).expect(410)).body.message[0]).toContain('replaced by a newer one');
      await request(t.http).post(`/api/v1/invitations/${third}/accept`).send({ password: 'a long enough password' }).expect(200);
    });

    it('needs a TOTP code from the setup key for a dpo, and answers ten recovery codes once', async () => {
      const created = (
        await t
          .api()
          .post('/api/v1/users')
          .send({ name: 'Ioana DPO', email: 'ioana.dpo@exemplu.ro', roles: ['dpo'] })
          .expect(201)
      ).body;
      const token = invitationToken(created.invitationUrl);
      const { totp, totpRequired } = (await request(t.http).get(`/api/v1/invitations/${token}`).expect(200)).body;
      expect(totpRequired).toBe(true);
      const accept = (body: Json) =>
        request(t.http)
          .post(`/api/v1/invitations/${token}/accept`)
          .send({ password: 'a long enough password', ...body });

      expect((await accept({}).expect(400)).body.message[0]).toMatch(/^code is required/);
      const wrong = String((Number(totpCode(t, totp.secret)) + 1) % 1_000_000).padStart(6, '0');
      expect((await accept({ code: wrong }).expect(400)).body.message[0]).toMatch(/^code is not the current code/);
      const accepted = (await accept({ code: totpCode(t, totp.secret) }).expect(200)).body;
      expect(accepted.recoveryCodes).toHaveLength(10);
      expect(new Set(accepted.recoveryCodes).size).toBe(10);
      for (const code of accepted.recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
      const stored = await t.dataSource.query(`SELECT code_hash FROM recovery_codes WHERE user_id = $1`, [created.id]);
      expect(stored).toHaveLength(10);
      expect(JSON.stringify(stored)).not.toContain(accepted.recoveryCodes[0]);
    });
  });

  describe('signing in', () => {
    it('gives an unknown email and a wrong password the same answer, and sets an HttpOnly SameSite cookie on success', async () => {
      const user = await aConsoleUser(t, ['responder']);
      const unknown = await request(t.http)
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@exemplu.ro', password: user.password })
        .expect(401);
      const wrong = await request(t.http).post('/api/v1/auth/login').send({ email: user.email, password: 'not the password' }).expect(401);
      expect(unknown.body).toEqual(wrong.body);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      expect(wrong.headers['set-cookie']).toBeUndefined();

      const agent = request.agent(t.http);
      const answer = await agent
        .post('/api/v1/auth/login')
        .set('User-Agent', 'Firefox test')
        .send({ email: user.email.toUpperCase(), password: user.password })
        .expect(200);
      expect(answer.body).toEqual({
        user: { id: user.id, email: user.email, name: expect.any(String), role: 'responder', roles: ['responder'] },
        csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        expiresAt: new Date(t.time.now().getTime() + hours(12)).toISOString(),
        idleExpiresAt: new Date(t.time.now().getTime() + minutes(30)).toISOString(),
      });
      const [cookie] = answer.headers['set-cookie'] as unknown as string[];
      expect(cookie).toMatch(/^bd_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
      const [row] = await t.dataSource.query(`SELECT token_hash FROM sessions WHERE user_id = $1`, [user.id]);
      expect(cookie).not.toContain(row.token_hash);

      const session = (await agent.get('/api/v1/auth/session').expect(200)).body;
      expect(session).toMatchObject({ user: { id: user.id, role: 'responder' }, csrfToken: answer.body.csrfToken });
      // The same roles guard serves both: a responder's cookie reads incidents and may not manage users.
      await agent.get('/api/v1/incidents').expect(200);
      await agent.get('/api/v1/users').expect(403);
      // Bearer tokens keep working for scripts, and need no CSRF token.
      await t.api(user.token).post('/api/v1/incidents').send(anIncident()).expect(201);
      await t.api(user.token).get('/api/v1/auth/session').expect(401);
    });

    it('answers "not signed in" as often as the console asks, without locking the client out', async () => {
      for (let i = 0; i < 12; i += 1) {
        expect((await request(t.http).get('/api/v1/auth/session').expect(401)).body.message).toEqual([
          'not signed in: no live console session',
        ]);
      }
      await t.api().get('/api/v1/incidents').expect(200);
    });

    it('refuses a state-changing request made with the cookie but without the session’s X-CSRF-Token', async () => {
      const { agent, csrf } = await signIn(t, await aConsoleUser(t, ['responder']));
      const incidents = () => t.dataSource.query(`SELECT count(*)::int AS n FROM incidents`);
      const before = await incidents();
      const missing = await agent.post('/api/v1/incidents').send(anIncident()).expect(403);
      expect(missing.body.code).toBe('CSRF_INVALID');
      const other = await signIn(t, await aConsoleUser(t, ['responder']));
      await agent.post('/api/v1/incidents').set('X-CSRF-Token', other.csrf).send(anIncident()).expect(403);
      await agent.post('/api/v1/auth/logout').expect(403);
      expect(await incidents()).toEqual(before);
      await agent.post('/api/v1/incidents').set('X-CSRF-Token', csrf).send(anIncident()).expect(201);
    });

    it('ends a session after 30 idle minutes, however often it was used before', async () => {
      const { agent } = await signIn(t, await aConsoleUser(t, ['reporter']));
      t.time.advance(minutes(29));
      await agent.get('/api/v1/auth/session').expect(200);
      t.time.advance(minutes(29));
      await agent.get('/api/v1/auth/session').expect(200);
      t.time.advance(minutes(30) + 1);
      const ended = await agent.get('/api/v1/incidents').expect(401);
      expect(ended.body.message).toEqual(['your session has ended; sign in again']);
      await agent.get('/api/v1/auth/session').expect(401);
    });

    it('ends a session 12 hours after sign-in, even an active one', async () => {
      const { agent } = await signIn(t, await aConsoleUser(t, ['reporter']));
      for (let elapsed = 0; elapsed < 11 * 60; elapsed += 20) {
        t.time.advance(minutes(20));
        await agent.get('/api/v1/incidents').expect(200);
      }
      t.time.advance(hours(1));
      await agent.get('/api/v1/incidents').expect(401);
    });

    it('signs out: 204, the session row is gone and the cookie cleared', async () => {
      const user = await aConsoleUser(t, ['reporter']);
      const { agent, csrf } = await signIn(t, user);
      const out = await agent.post('/api/v1/auth/logout').set('X-CSRF-Token', csrf).expect(204);
      expect((out.headers['set-cookie'] as unknown as string[])[0]).toMatch(/^bd_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
      expect(await t.dataSource.query(`SELECT id FROM sessions WHERE user_id = $1`, [user.id])).toEqual([]);
      await agent.get('/api/v1/auth/session').expect(401);
    });

    it('lists my sessions and revokes one; another user’s session is not found', async () => {
      const user = await aConsoleUser(t, ['responder']);
      const laptop = await signIn(t, user);
      const phone = await signIn(t, user);
      const mine = (await laptop.agent.get('/api/v1/auth/sessions').expect(200)).body as Json[];
      expect(mine).toHaveLength(2);
      expect(mine.filter((session) => session.current)).toHaveLength(1);
      expect(Object.keys(mine[0]).sort()).toEqual([
        'createdAt',
        'current',
        'expiresAt',
        'id',
        'ip',
        'lastSeenAt',
        'secondFactor',
        'userAgent',
      ]);
      const phoneSession = mine.find((session) => !session.current)!;

      const stranger = await signIn(t, await aConsoleUser(t, ['responder']));
      await stranger.agent.delete(`/api/v1/auth/sessions/${phoneSession.id}`).set('X-CSRF-Token', stranger.csrf).expect(404);
      await phone.agent.get('/api/v1/auth/session').expect(200);

      await laptop.agent.delete(`/api/v1/auth/sessions/${phoneSession.id}`).set('X-CSRF-Token', laptop.csrf).expect(204);
      await phone.agent.get('/api/v1/auth/session').expect(401);
      await laptop.agent.get('/api/v1/auth/session').expect(200);
    });

    it('ends every session of a deactivated user at once', async () => {
      const user = await aConsoleUser(t, ['responder']);
      const { agent } = await signIn(t, user);
      await t.api().post(`/api/v1/users/${user.id}/deactivate`).expect(200);
      await agent.get('/api/v1/incidents').expect(401);
      await request(t.http).post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(401);
    });
  });

  describe('the second factor', () => {
    it('asks a dpo for a TOTP code after the right password, and takes each code once', async () => {
      const dpo = await aConsoleUser(t, ['dpo']);
      const login = (body: Json) =>
        request(t.http)
          .post('/api/v1/auth/login')
          .send({ email: dpo.email, password: dpo.password, ...body });
      expect((await login({}).expect(401)).body.code).toBe('TOTP_REQUIRED');
      expect((await login({ code: '000000' }).expect(401)).body.code).toBe('TOTP_INVALID');
      const code = totpCode(t, dpo.secret!);
      const answer = await login({ code }).expect(200);
      expect(answer.body.user).toMatchObject({ role: 'dpo' });
      // Replayed within its window: refused.
      expect((await login({ code }).expect(401)).body.code).toBe('TOTP_INVALID');
      t.time.advance(30_000);
      await login({ code: totpCode(t, dpo.secret!) }).expect(200);
    });

    it('takes a recovery code in place of a TOTP code, once', async () => {
      const dpo = await aConsoleUser(t, ['dpo']);
      const [first] = dpo.recoveryCodes;
      const login = (code: string) => request(t.http).post('/api/v1/auth/login').send({ email: dpo.email, password: dpo.password, code });
      const answer = await login(first.toUpperCase().replace(/-/g, ' ')).expect(200);
      const [session] = await t.dataSource.query(`SELECT second_factor FROM sessions WHERE user_id = $1`, [dpo.id]);
      expect(session.second_factor).toBe(true);
      expect(answer.body.user.id).toBe(dpo.id);
      expect((await login(first).expect(401)).body.code).toBe('TOTP_INVALID');
    });

    it('lets a reporter enrol an authenticator if they wish, and then asks for it', async () => {
      const reporter = await aConsoleUser(t, ['reporter'], { withTotp: true });
      expect(reporter.recoveryCodes).toHaveLength(10);
      await request(t.http).post('/api/v1/auth/login').send({ email: reporter.email, password: reporter.password }).expect(401);
      await signIn(t, reporter);
    });
  });
});

describe('TOTP secrets at rest', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('stores each secret encrypted and bound to its user, and seals at start the ones an earlier version kept plain', async () => {
    const dpo = await aConsoleUser(t, ['dpo']);
    const other = await aConsoleUser(t, ['dpo']);
    const secretOf = async (id: string): Promise<string> =>
      (await t.dataSource.query('SELECT totp_secret FROM users WHERE id = $1', [id]))[0].totp_secret;
    const stored = await secretOf(dpo.id);
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(dpo.secret);
    const invitations: { totp_secret: string }[] = await t.dataSource.query('SELECT totp_secret FROM invitations WHERE user_id = $1', [
      dpo.id,
    ]);
    expect(invitations.map((i) => i.totp_secret.startsWith('v1.'))).toEqual([true]);

    // Copied into another user's row, a sealed secret does not open there: that user cannot sign in with it.
    await t.dataSource.query('UPDATE users SET totp_secret = $1 WHERE id = $2', [stored, other.id]);
    t.time.advance(30_000);
    const withCopied = await request(t.http)
      .post('/api/v1/auth/login')
      .send({ email: other.email, password: other.password, code: totpCode(t, dpo.secret!) })
      .expect(401);
    expect(withCopied.body.code).toBe('TOTP_INVALID');

    // As version 0100 stored it: plain. A restart seals it, and the same authenticator still signs in.
    await t.dataSource.query('UPDATE users SET totp_secret = $1 WHERE id = $2', [dpo.secret, dpo.id]);
    const restarted = await startTestApp({ databaseUrl: t.databaseUrl, time: t.time });
    try {
      expect(await secretOf(dpo.id)).toMatch(/^v1\./);
      t.time.advance(30_000);
      await request(restarted.http)
        .post('/api/v1/auth/login')
        .send({ email: dpo.email, password: dpo.password, code: totpCode(t, dpo.secret!) })
        .expect(200);
    } finally {
      await restarted.close({ keepDatabase: true });
    }
  });
});

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('locks an account for 15 minutes after 5 failed sign-ins, even for the right password', async () => {
    const user = await aConsoleUser(t, ['responder']);
    const login = (password: string) => request(t.http).post('/api/v1/auth/login').send({ email: user.email, password });
    for (let i = 0; i < 5; i += 1) await login(`wrong password ${i}`).expect(401);
    const locked = await login(user.password).expect(429);
    expect(locked.body.code).toBe('LOCKED_OUT');
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    // Other accounts from the same client still sign in (the client's own lockout comes at 10 failures).
    await signIn(t, await aConsoleUser(t, ['responder']));
    t.time.advance(minutes(15));
    await login(user.password).expect(200);
  });

  it('counts failed sign-ins towards the client’s lockout of everything', async () => {
    t.time.advance(hours(1));
    for (let i = 0; i < 10; i += 1) {
      await request(t.http)
        .post('/api/v1/auth/login')
        .send({ email: `guess${i}@exemplu.ro`, password: 'a guessed password' })
        .expect(401);
    }
    const locked = await t.api().get('/api/v1/incidents').expect(429);
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
  });

  it('counts an account’s failures on every instance, keeps no email in the lockout table, and forgets spent lockouts', async () => {
    t.time.advance(hours(1)); // past the client lockout of the test above
    const other = await startTestApp({ databaseUrl: t.databaseUrl, time: t.time });
    try {
      const user = await aConsoleUser(t, ['responder']);
      const loginOn = (app: TestApp, password: string) =>
        request(app.http).post('/api/v1/auth/login').send({ email: user.email, password });
      for (let i = 0; i < 3; i += 1) await loginOn(t, `wrong password ${i}`).expect(401);
      for (let i = 0; i < 2; i += 1) await loginOn(other, `wrong password ${i}`).expect(401);
      expect((await loginOn(t, user.password).expect(429)).body.code).toBe('LOCKED_OUT');
      expect((await loginOn(other, user.password).expect(429)).body.code).toBe('LOCKED_OUT');
      const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM sign_in_lockouts'));
      expect(stored).not.toContain(user.email.split('@')[0]);

      t.time.advance(minutes(15));
      await loginOn(other, 'one more wrong password').expect(401); // a failure sweeps spent rows
      const rows: { locked_until: Date | null; failures: string }[] = await t.dataSource.query(
        'SELECT locked_until, array_length(failures, 1) AS failures FROM sign_in_lockouts',
      );
      expect(rows).toEqual([{ locked_until: null, failures: 1 }]);
      await loginOn(t, user.password).expect(200);
      expect(await t.dataSource.query('SELECT * FROM sign_in_lockouts')).toEqual([]);
    } finally {
      await other.close({ keepDatabase: true });
    }
  });
});
