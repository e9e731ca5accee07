import { defineConfig } from 'wxt';

// See docs/decisions/ for why each permission is asked for; the README lists them for users.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
  },
});
