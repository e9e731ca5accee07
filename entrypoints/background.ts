// The background: owns settings, the licence memory, wrong-warning reports, imported packs,
// each tab's findings and its badge. Everything it stores stays in this browser.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from '../src/extension/browser-api';
import { isMingbaiMessage } from '../src/extension/protocol';
import { startBackground } from '../src/extension/background/start-background';

export default defineBackground(() => {
  startBackground(browser, isMingbaiMessage);
});
