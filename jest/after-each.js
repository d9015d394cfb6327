/**
 * After each test: unmount every rendered tree, then let one turn of the event loop pass while the
 * DOM still exists. A component test ends as soon as it has seen what it asserts on, while the view
 * may still be loading a chunk or data; React's last scheduled flush (testing-library's async act
 * queues one with setImmediate) must not run after the test environment is gone, or the worker dies
 * with "The `document` global was defined when React was initialized…".
 */
const { cleanup } = require('@testing-library/react');
// jsdom's window has no setImmediate; React's test utilities take Node's from 'timers', as here.
const { setImmediate } = require('timers');

afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setImmediate(resolve));
});
