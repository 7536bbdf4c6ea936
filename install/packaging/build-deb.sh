#!/bin/bash
# Builds the Debian packages zwgk-sync-server and zwgk-kiosk from the shaded jars: one trimmed Java runtime
# (jlink), a jpackage app-image per app, installed under /opt/<package>/ with a /usr/bin link, the package
# tree install/deb/<package>/root/ copied verbatim, and DEBIAN/ filled from install/deb/<package>/DEBIAN/.
# Called by the install module's Maven build in the package phase; can be run by hand:
#   install/packaging/build-deb.sh --version 0.1.0-SNAPSHOT --server-jar S.jar --kiosk-jar K.jar --out DIR
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
deb_src=$(cd "$here/../deb" && pwd)

# The runtime's modules: what jdeps --print-module-deps --ignore-missing-deps finds in the jars, plus those
# loaded by name at run time: jdk.localedata (Chinese dates and collation), jdk.charsets (GB18030 imports),
# jdk.zipfs (zip file systems), jdk.crypto.ec (TLS, a separate module before JDK 22); jdk.httpserver: the loopback
# endpoint that lets `backup` ask the running app (core backup/AdminEndpoint).
modules=java.base,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.rmi,\
java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.charsets,jdk.httpserver,jdk.localedata,jdk.management,\
jdk.unsupported,jdk.zipfs

common_jvm_options="-Dfile.encoding=UTF-8 -Djava.awt.headless=true -XX:+ExitOnOutOfMemoryError"
server_jvm_options="-Xmx512m"
kiosk_jvm_options="-Xmx192m -XX:+UseSerialGC"

usage() {
  echo "usage: $0 --version MAVEN_VERSION --server-jar FILE --kiosk-jar FILE --out DIR" >&2
  exit 2
}

fail() {
  echo "build-deb: $*" >&2
  exit 1
}

version="" server_jar="" kiosk_jar="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=$2; shift 2 ;;
    --server-jar) server_jar=$2; shift 2 ;;
    --kiosk-jar) kiosk_jar=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) usage ;;
  esac
done
if [ -z "$version" ] || [ -z "$server_jar" ] || [ -z "$kiosk_jar" ] || [ -z "$out" ]; then usage; fi
for jar in "$server_jar" "$kiosk_jar"; do
  [ -f "$jar" ] || fail "$jar is missing: build sync-server and kiosk-app first (./mvnw -pl install -am package)"
done

jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
for tool in "${jdk_bin}jlink" "${jdk_bin}jpackage"; do
  command -v "$tool" >/dev/null \
    || fail "$tool not found: the packages need a full JDK 21 or newer with jlink and jpackage (set JAVA_HOME)." \
            "To build without the packages: -Dzwgk.deb.skip=true"
done
command -v dpkg-deb >/dev/null \
  || fail "dpkg-deb not found: install it (apt-get install dpkg) or build without the packages: -Dzwgk.deb.skip=true"

# jpackage wants numbers only (0.1.0); Debian sorts 0.1.0~SNAPSHOT before the release 0.1.0.
app_version=$(printf '%s' "$version" | sed 's/[^0-9.].*//; s/\.$//')
deb_version=$(printf '%s' "$version" | tr '-' '~')

work="$out/deb-build"
rm -rf "$work"
mkdir -p "$work"

if "${jdk_bin}java" --list-modules | grep -q '^jdk.crypto.ec@'; then
  modules="$modules,jdk.crypto.ec"
fi
echo "build-deb: runtime (jlink) ..."
"${jdk_bin}jlink" --add-modules "$modules" --include-locales=en,zh \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands \
  --output "$work/runtime"

# Fills #ZWGK# in a maintainer script with its shared part (as debhelper fills #DEBHELPER#).
maintainer_script() {
  local src=$1 shared=$2 dest=$3
  awk -v shared="$shared" '$0 == "#ZWGK#" { while ((getline line < shared) > 0) print line; next } { print }' \
    "$src" > "$dest"
  chmod 0755 "$dest"
}

# build_package PACKAGE JAR "JVM OPTIONS" DESCRIPTION
build_package() {
  local pkg=$1 jar=$2 jvm_options=$3 description=$4
  local input="$work/$pkg-input" root="$work/$pkg-root" option name
  local -a java_options=()
  echo "build-deb: $pkg app-image (jpackage) ..."
  mkdir -p "$input"
  cp "$jar" "$input/"
  for option in $common_jvm_options $jvm_options; do
    java_options+=(--java-options "$option")
  done
  "${jdk_bin}jpackage" --type app-image --name "$pkg" --app-version "$app_version" \
    --description "$description" --vendor "zwgk" \
    --input "$input" --main-jar "$(basename "$jar")" --runtime-image "$work/runtime" \
    "${java_options[@]}" --dest "$work/images"

  mkdir -p "$root/opt" "$root/usr/bin" "$root/DEBIAN"
  cp -a "$work/images/$pkg" "$root/opt/$pkg"
  install -m 0755 "$here/health-check.sh" "$root/opt/$pkg/health-check.sh"
  install -m 0644 "$here/../README.md" "$root/opt/$pkg/README.md"
  ln -s "/opt/$pkg/bin/$pkg" "$root/usr/bin/$pkg"
  cp -a "$deb_src/$pkg/root/." "$root/"
  # Modes from a checkout depend on the umask; set them: configs owner-only, units and docs world-readable.
  find "$root" -type d -exec chmod 0755 {} +
  find "$root/etc" "$root/lib" -type f -exec chmod 0644 {} + 2>/dev/null || true
  if [ -d "$root/etc/zwgk" ]; then
    find "$root/etc/zwgk" -name '*.env' -exec chmod 0640 {} +
  fi

  # Every file under /etc is a conffile (as debhelper does): local changes survive upgrades.
  { cat "$deb_src/$pkg/DEBIAN/conffiles"; (cd "$root" && find etc -type f | sed 's#^#/#'); } \
    | sort -u > "$root/DEBIAN/conffiles"
  chmod 0644 "$root/DEBIAN/conffiles"
  for name in postinst prerm postrm; do
    maintainer_script "$deb_src/$pkg/DEBIAN/$name" "$here/maintscripts/$name.sh" "$root/DEBIAN/$name"
  done
  local size
  size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
  sed -e "s/@VERSION@/$deb_version/" -e "s/@INSTALLED_SIZE@/$size/" \
    "$deb_src/$pkg/DEBIAN/control" > "$root/DEBIAN/control"
  chmod 0644 "$root/DEBIAN/control"

  echo "build-deb: $pkg package (dpkg-deb) ..."
  # gzip, not zstd: dpkg before 1.21.18 (Debian 11, Kylin, UOS) cannot read zstd packages.
  dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$out/${pkg}_${deb_version}_amd64.deb" >/dev/null
  echo "build-deb: $out/${pkg}_${deb_version}_amd64.deb ($(du -h "$out/${pkg}_${deb_version}_amd64.deb" | cut -f1))"
}

rm -f "$out"/zwgk-sync-server_*.deb "$out"/zwgk-kiosk_*.deb
build_package zwgk-sync-server "$server_jar" "$server_jvm_options" "政务公开 central sync-server"
build_package zwgk-kiosk "$kiosk_jar" "$kiosk_jvm_options" "政务公开 kiosk"
rm -rf "$work"
