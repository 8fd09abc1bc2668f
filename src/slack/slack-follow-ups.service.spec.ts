import { isSlackResponseUrl } from './slack-follow-ups.service';

describe('isSlackResponseUrl', () => {
  it.each(['https://hooks.slack.com/commands/T0/123/abc', 'https://hooks.slack.com/actions/T0/456/def'])(
    'posts to Slack’s own %s',
    (url) => {
      expect(isSlackResponseUrl(url, null)).toBe(true);
    },
  );

  it.each([
    ['plain http', 'http://hooks.slack.com/commands/T0/1/a'],
    ['another host', 'https://hooks.slack.com.evil.example/commands/1'],
    ['a host ending like Slack’s', 'https://evilhooks.slack.com/commands/1'],
    ['credentials in the URL', 'https://user:pass@hooks.slack.com/commands/1'],
    ['another port', 'https://hooks.slack.com:8443/commands/1'],
    ['an internal address', 'http://169.254.169.254/latest/meta-data/'],
    ['not a URL', 'hooks.slack.com/commands/1'],
  ])('never posts to %s', (_, url) => {
    expect(isSlackResponseUrl(url, null)).toBe(false);
  });

  it('also posts to the configured Slack API’s origin, and only that port', () => {
    expect(isSlackResponseUrl('http://127.0.0.1:4555/response/1', 'http://127.0.0.1:4555/api/')).toBe(true);
    expect(isSlackResponseUrl('http://127.0.0.1:4556/response/1', 'http://127.0.0.1:4555/api/')).toBe(false);
  });
});
