#!/bin/sh
# The kiosk's screens: Chromium full-screen on the kiosk app, started under cage by zwgk-kiosk-browser.service
# (resident screens, path /) and zwgk-kiosk-board.service (notice board, path /board), as user zwgk-screen.
# What the browser may open is fixed by /etc/chromium/policies/managed/zwgk-kiosk.json (this kiosk only).
set -eu
path=${1:-/}
port=${ZWGK_KIOSK_PORT:-8081}
# A fresh profile on tmpfs at every start: nothing a resident typed or opened outlives the session.
profile="${RUNTIME_DIRECTORY:?started by systemd with RuntimeDirectory=}/chromium"
exec /usr/bin/chromium \
  --kiosk --kiosk-printing --noerrdialogs --no-first-run --no-default-browser-check \
  --disable-translate --disable-pinch --overscroll-history-navigation=0 \
  --disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,TouchpadOverscrollHistoryNavigation,MediaRouter,HardwareMediaKeyHandling \
  --disable-session-crashed-bubble --disable-infobars --disable-component-update --password-store=basic \
  --ozone-platform=wayland --user-data-dir="$profile" \
  "http://127.0.0.1:$port$path"
