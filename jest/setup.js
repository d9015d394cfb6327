// Icons are fonts SharePoint registers on the page; tests render without them, so the
// "icon was used but not registered" warnings would only bury real output.
const { setIconOptions } = require('@fluentui/react/lib/Styling');
setIconOptions({ disableWarnings: true });

// jsdom has no layout, so Fluent would guess a phone-sized screen and open dropdowns as panels;
// tests use the desktop behaviour people mostly see on an intranet page.
const { ResponsiveMode, setResponsiveMode } = require('@fluentui/react/lib/ResponsiveMode');
setResponsiveMode(ResponsiveMode.xLarge);
