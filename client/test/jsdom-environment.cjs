// jsdom with Node's fetch API: the typed client (openapi-fetch) builds Request objects, and React Query's abort
// signals must be the kind Node's Request accepts. The network itself is a fake server each test gives.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { fetch, Request, Response, Headers, AbortController, AbortSignal, TextEncoder, TextDecoder, ReadableStream });
  }
}

module.exports = JsdomWithFetch;
