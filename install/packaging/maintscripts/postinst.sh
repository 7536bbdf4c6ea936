# shellcheck shell=sh
# --- shared part of the zwgk postinst (install/packaging/maintscripts/postinst.sh), needs APP_USER DATA
# BACKUPS CONFIG ENABLED_UNITS. Units are enabled and (re)started the way debhelper does it: nothing fails
# when systemd is not running (chroot, container) and policy-rc.d is respected.
if [ "$1" = configure ]; then
  if ! getent passwd "$APP_USER" >/dev/null; then
    adduser --quiet --system --group --home "$DATA" --no-create-home --shell /usr/sbin/nologin "$APP_USER"
  fi
  for dir in "$DATA" "$BACKUPS"; do
    mkdir -p "$dir"
    chown "$APP_USER:$APP_USER" "$dir"
    chmod 0700 "$dir"
  done
  # The config may hold passwords or the enrolment code: readable by root and the app only.
  if ! dpkg-statoverride --list "$CONFIG" >/dev/null 2>&1; then
    dpkg-statoverride --update --add root "$APP_USER" 0640 "$CONFIG"
  fi
fi

if [ "$1" = configure ] || [ "$1" = abort-upgrade ] || [ "$1" = abort-deconfigure ] || [ "$1" = abort-remove ]; then
  for unit in $ENABLED_UNITS; do
    deb-systemd-helper unmask "$unit" >/dev/null || true
    if deb-systemd-helper --quiet was-enabled "$unit"; then
      deb-systemd-helper enable "$unit" >/dev/null || true
    else
      deb-systemd-helper update-state "$unit" >/dev/null || true
    fi
  done
  if [ -d /run/systemd/system ]; then
    systemctl --system daemon-reload >/dev/null || true
    if [ -n "${2:-}" ]; then action=restart; else action=start; fi
    for unit in $ENABLED_UNITS; do
      deb-systemd-invoke "$action" "$unit" >/dev/null || true
    done
  fi
fi

if [ "$1" = configure ] && [ -z "${2:-}" ]; then
  echo "$DPKG_MAINTSCRIPT_PACKAGE 已安装：配置 $CONFIG，数据 $DATA，日志 journalctl -u $DPKG_MAINTSCRIPT_PACKAGE"
  echo "$DPKG_MAINTSCRIPT_PACKAGE installed: config $CONFIG, data $DATA, logs: journalctl -u $DPKG_MAINTSCRIPT_PACKAGE"
fi
# --- end of the shared part
