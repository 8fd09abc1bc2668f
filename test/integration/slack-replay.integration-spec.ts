// The replay guard's memory of Slack requests (SlackRepository through SlackReplayInterceptor), on PostgreSQL.
import { SlackReplayInterceptor } from '../../src/slack/slack-replay.interceptor';
import { minutes } from '../support/fake-time';
import { startIntegration, type Integration } from '../support/integration';

describe('the Slack replay guard on PostgreSQL', () => {
  let app: Integration;
  let guard: SlackReplayInterceptor;

  beforeAll(async () => {
    app = await startIntegration();
    guard = app.get(SlackReplayInterceptor);
  });
  afterAll(() => app.close());

  const remembered = async () =>
    ((await app.dataSource.query('SELECT key FROM slack_requests_seen ORDER BY key')) as { key: string }[]).map((row) => row.key);

  it('acts on a request the first time only, whichever of its keys comes again', async () => {
    expect(await guard.firstTime(['signature:a', 'trigger:1'])).toBe(true);
    expect(await guard.firstTime(['signature:a', 'trigger:1'])).toBe(false);
    // Slack's retry is signed anew but keeps its trigger_id.
    expect(await guard.firstTime(['signature:b', 'trigger:1'])).toBe(false);
    expect(await guard.firstTime(['signature:c', 'trigger:2'])).toBe(true);
  });

  it('lets exactly one of copies arriving at the same moment through', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => guard.firstTime(['signature:same-moment'])));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it('forgets a request once its signature can no longer be replayed (15 minutes), and not before', async () => {
    await guard.firstTime(['signature:old']);
    app.time.advance(minutes(14));
    expect(await guard.firstTime(['signature:later'])).toBe(true);
    expect(await remembered()).toContain('signature:old');
    app.time.advance(minutes(2));
    expect(await guard.firstTime(['signature:latest'])).toBe(true);
    expect(await remembered()).not.toContain('signature:old');
    expect(await remembered()).toContain('signature:later');
  });
});
