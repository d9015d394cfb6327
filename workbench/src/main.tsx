/**
 * The local workbench: renders the real web part React roots against the emulator on this origin.
 * The identity switcher sets the emulator's identity cookie, so every request (PnPjs included)
 * runs as the chosen demo account.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react/lib/Icons';
import { createServices } from '../../src/data/factory';
import { WorkbenchShell } from './WorkbenchShell';

initializeIcons('/fonts/', { disableWarnings: true });

const host = document.getElementById('workbench');
if (host) {
  const origin = window.location.origin;
  const services = createServices({ kind: 'url', siteUrl: `${origin}/sites/cop`, graphUrl: `${origin}/graph/v1.0` });
  ReactDom.render(<WorkbenchShell page={host.dataset.page ?? 'index'} services={services} />, host);
}
