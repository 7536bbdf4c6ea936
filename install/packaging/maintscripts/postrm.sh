# shellcheck shell=sh
# --- shared part of the zwgk postrm (install/packaging/maintscripts/postrm.sh), needs APP_USER DATA BACKUPS
# CONFIG UNITS. Units are masked on remove and forgotten on purge (as debhelper does); purge also removes
# the config. The data and backups are never deleted automatically: they hold the catalogue, residents'
# requests and keys. The system user goes only once its data directory is gone (otherwise its files would
# be left to a user id that another package may be given later).
if [ "$1" = remove ] && [ -x /usr/bin/deb-systemd-helper ]; then
  for unit in $UNITS; do
    deb-systemd-helper mask "$unit" >/dev/null || true
  done
fi

if [ "$1" = purge ]; then
  if [ -x /usr/bin/deb-systemd-helper ]; then
    for unit in $UNITS; do
      deb-systemd-helper purge "$unit" >/dev/null || true
      deb-systemd-helper unmask "$unit" >/dev/null || true
    done
  fi
  if dpkg-statoverride --list "$CONFIG" >/dev/null 2>&1; then
    dpkg-statoverride --remove "$CONFIG" >/dev/null || true
  fi
  rm -f "$CONFIG" "$CONFIG.dpkg-old" "$CONFIG.dpkg-new" "$CONFIG.dpkg-dist"
  rmdir --ignore-fail-on-non-empty /etc/zwgk 2>/dev/null || true
  if [ ! -e "$DATA" ] && getent passwd "$APP_USER" >/dev/null && command -v deluser >/dev/null; then
    deluser --quiet --system "$APP_USER" >/dev/null || true
  fi
fi

if [ "$1" = remove ] || [ "$1" = purge ]; then
  for dir in "$DATA" "$BACKUPS"; do
    if [ -e "$dir" ]; then
      echo "数据已保留，确认不再需要后可手动删除：$dir / data kept, delete it by hand when no longer needed: $dir"
    fi
  done
fi

if [ -d /run/systemd/system ]; then
  systemctl --system daemon-reload >/dev/null || true
fi
# --- end of the shared part
