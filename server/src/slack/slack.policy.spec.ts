import { slackSignature, verifySlackRequest } from './slack.policy';

// The worked example in Slack's documentation, "Verifying requests from Slack".
const DOC_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const DOC_TIMESTAMP = '1531420618';
const DOC_BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const DOC_SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

describe('Slack request signatures', () => {
  it("computes the signature of Slack's documented example", () => {
    expect(slackSignature(DOC_SECRET, DOC_TIMESTAMP, DOC_BODY)).toBe(DOC_SIGNATURE);
  });

  it('accepts the example within the replay window and refuses it outside, changed, or unsigned', () => {
    const now = Number(DOC_TIMESTAMP) + 60;
    expect(verifySlackRequest(DOC_SECRET, { timestamp: DOC_TIMESTAMP, signature: DOC_SIGNATURE }, DOC_BODY, now)).toBe('valid');
    expect(verifySlackRequest(DOC_SECRET, { timestamp: DOC_TIMESTAMP, signature: DOC_SIGNATURE }, DOC_BODY, Number(DOC_TIMESTAMP) + 301)).toBe('stale');
    expect(verifySlackRequest(DOC_SECRET, { timestamp: DOC_TIMESTAMP, signature: DOC_SIGNATURE }, DOC_BODY.replace('foobar', 'foobaz'), now)).toBe('mismatch');
    expect(verifySlackRequest('another-secret', { timestamp: DOC_TIMESTAMP, signature: DOC_SIGNATURE }, DOC_BODY, now)).toBe('mismatch');
    expect(verifySlackRequest(DOC_SECRET, { timestamp: DOC_TIMESTAMP }, DOC_BODY, now)).toBe('missing');
  });
});
