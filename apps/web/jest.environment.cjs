// jsdom leaves out the Fetch API's classes, which React Router's data routers use for every
// navigation (a `Request` with an abort signal). This environment lends them Node's own,
// with Node's AbortController so the signal and the Request agree.
const { TestEnvironment } = require('jest-environment-jsdom');

const FROM_NODE = ['Request', 'Response', 'Headers', 'fetch', 'AbortController', 'AbortSignal'];

class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
}

module.exports = JsdomWithFetch;
