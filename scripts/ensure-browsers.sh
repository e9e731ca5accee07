#!/usr/bin/env bash
# The demo and the end-to-end tests drive Debian's Chromium and Firefox ESR (never a browser
# download) and need a CJK font for screenshots. chromium-l10n holds Chromium's own Chinese
# strings: without it the browser (and the extension's pages, which follow its UI language)
# shows English even with --lang=zh-CN. Installs them when missing and we are root;
# otherwise says what to install.
set -euo pipefail
missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
[ -f /usr/lib/chromium/locales/zh-CN.pak ] || dpkg -s chromium-l10n >/dev/null 2>&1 || missing+=(chromium-l10n)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
fc-list 2>/dev/null | grep -qi 'noto.*cjk\|wqy' || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
