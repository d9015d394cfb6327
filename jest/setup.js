// Icons are fonts SharePoint registers on the page; tests render without them, so the
// "icon was used but not registered" warnings would only bury real output.
const { setIconOptions } = require('@fluentui/react/lib/Styling');
setIconOptions({ disableWarnings: true });

// jsdom has no layout, so Fluent would guess a phone-sized screen and open dropdowns as panels;
// tests use the desktop behaviour people mostly see on an intranet page.
const { ResponsiveMode, setResponsiveMode } = require('@fluentui/react/lib/ResponsiveMode');
setResponsiveMode(ResponsiveMode.xLarge);

// jsdom's crypto lacks randomUUID, which every browser SharePoint supports has (ical-generator uses it).
if (typeof globalThis.crypto.randomUUID !== 'function') {
  globalThis.crypto.randomUUID = require('node:crypto').randomUUID;
}

// findBy…/waitFor give up after 1 s by default; on a machine busy with a build, Fluent's
// animations and effects can take longer, and a slow pass is not a failure. (Configured through
// @testing-library/dom: requiring @testing-library/react here, before Jest defines afterEach,
// would switch off its automatic cleanup between tests.)
const { configure } = require('@testing-library/dom');
configure({ asyncUtilTimeout: 5000 });
