# shellcheck shell=sh
# --- shared part of the zwgk prerm (install/packaging/maintscripts/prerm.sh), needs UNITS (stop order).
# Stops the units before removal; an upgrade restarts them in postinst instead.
if [ -d /run/systemd/system ] && [ "$1" = remove ]; then
  for unit in $UNITS; do
    deb-systemd-invoke stop "$unit" >/dev/null || true
  done
fi
# --- end of the shared part
