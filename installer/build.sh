#!/usr/bin/env bash
# Builds the CarePlanner installer for the platform this runs on, with its own Java runtime:
#   Linux -> target/installer/careplanner_VERSION_amd64.deb   (needs fakeroot and dpkg-deb)
#   macOS -> target/installer/CarePlanner-VERSION.dmg
#   Windows (Git Bash) -> target/installer/CarePlanner-VERSION.msi   (needs the WiX 3 tools on PATH)
# Needs a JDK 17 with jpackage. Not part of `./mvnw verify`. See installer/README.md and ADR 0012.
#
#   installer/build.sh              build the jar, the app image, the class-data archive (Linux) and the installer
#   installer/build.sh --no-cds     the same without the class-data archive
#   installer/build.sh --image-only stop after the app image (target/installer/image/CarePlanner)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

CDS=yes
IMAGE_ONLY=no
for arg in "$@"; do
  case "$arg" in
    --no-cds) CDS=no ;;
    --image-only) IMAGE_ONLY=yes ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

NAME=CarePlanner
PACKAGE=careplanner
VENDOR="CarePlanner project"
DESCRIPTION="Plan a personal health budget with the person, offline."
MAIN_CLASS=org.careplanner.Launcher
# Installers need a numeric version: the pom's version without a qualifier such as -SNAPSHOT.
POM_VERSION="$(sed -n '/<artifactId>careplanner<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)"
VERSION="${POM_VERSION%%-*}"
# The JDK modules the jars use (jdeps --print-module-deps), plus en-GB formats (jdk.localedata), elliptic-curve
# and zip file systems, and the extra character sets plan files may arrive in.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.sql,\
jdk.jfr,jdk.net,jdk.unsupported,jdk.localedata,jdk.crypto.ec,jdk.zipfs,jdk.charsets
# bin/java stays in the runtime: the class-data archive is made with it and needs its base archive (classes.jsa).
JLINK_OPTIONS="--strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=en,cy --generate-cds-archive"

case "$(uname -s)" in
  Linux) PLATFORM=linux; TYPE=deb; ICON=installer/icons/careplanner.png ;;
  Darwin) PLATFORM=mac; TYPE=dmg; ICON=installer/icons/careplanner.icns ;;
  MINGW*|MSYS*|CYGWIN*) PLATFORM=windows; TYPE=msi; ICON=installer/icons/careplanner.ico ;;
  *) echo "build.sh: no installer for $(uname -s)" >&2; exit 2 ;;
esac

# The JVM options of the installed launcher: installer/jvm-options.txt, the one place they are kept (ADR 0023),
# one option per line, "#" lines are notes. Each becomes a --java-options of the launcher.
JAVA_OPTIONS=()
while IFS= read -r option; do
  case "$option" in ''|'#'*) ;; *) JAVA_OPTIONS+=(--java-options "$option") ;; esac
done < installer/jvm-options.txt

OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input/lib"

echo "== Building careplanner.jar $POM_VERSION (installer version $VERSION)"
./mvnw -B -q package -DskipTests
cp target/careplanner.jar "$OUT/input/"
cp target/lib/*.jar "$OUT/input/lib/"

echo "== App image with its own runtime"
jpackage --type app-image --dest "$OUT/image" \
  --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --copyright "Copyright the CarePlanner authors" \
  --input "$OUT/input" --main-jar careplanner.jar --main-class "$MAIN_CLASS" \
  --icon "$ICON" --add-modules "$MODULES" --jlink-options "$JLINK_OPTIONS" "${JAVA_OPTIONS[@]}"

if [ "$IMAGE_ONLY" = yes ]; then
  echo "== App image: $OUT/image"
  exit 0
fi

echo "== $TYPE installer"
COMMON=(--type "$TYPE" --dest "$OUT" --app-image "$OUT/image/$(ls "$OUT/image")"
  --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
  --copyright "Copyright the CarePlanner authors" --icon "$ICON")
case "$PLATFORM" in
  linux)
    # JavaFX's native libraries need GTK 3, OpenGL and XTest; jpackage cannot see that from the jars.
    # installer/linux/postinst: jpackage's own, plus making the menu folders a fresh system may lack.
    jpackage "${COMMON[@]}" --resource-dir installer/linux --linux-package-name "$PACKAGE" \
      --linux-menu-group "Office" --linux-app-category "misc" --linux-shortcut \
      --linux-deb-maintainer "support@careplanner.invalid" --linux-package-deps "libgtk-3-0, libgl1, libxtst6" ;;
  mac)
    jpackage "${COMMON[@]}" --mac-package-identifier org.careplanner --mac-package-name "$NAME" ;;
  windows)
    # The upgrade code stays the same for every version, so a new installer replaces the old one.
    jpackage "${COMMON[@]}" --win-menu --win-menu-group "$NAME" --win-shortcut --win-dir-chooser \
      --win-per-user-install --win-upgrade-uuid 6b1d2c1e-5a0f-4b7e-9a61-0c3f2d6e8a41 ;;
esac

# AppCDS (ADR 0012, 0024). JDK 17 uses an archive only when every jar is at the path, and has the size and
# modification time (to the second), that it had when the archive was made. jpackage gives the files new
# times when it builds the .deb, so the archive is made from the .deb's own files: unpack it, copy them to
# where it installs (/opt/careplanner), run the installed launcher three times to list the classes it loads:
# importing a made-up plan (the command line and the store), making that plan's PDF (PDFBox and its fonts:
# the first PDF of a run is mostly class loading) and starting the window, unlocking it and waiting for the
# home screen; then one archive of every class in the three lists (-Xshare:dump), and the .deb packed again
# with the archive and the launcher options that use it. Linux only so far: that is where it was measured
# (docs/benchmarks.md).
INSTALLED=/opt/$PACKAGE
if [ "$CDS" = yes ] && [ "$PLATFORM" = linux ]; then
  DEB="$(ls "$OUT"/*.deb)"
  if [ -e "$INSTALLED" ]; then
    echo "== No class-data archive: $INSTALLED exists (CarePlanner installed here?). Remove it or use --no-cds." >&2
  elif ! mkdir -p "$(dirname "$INSTALLED")" 2>/dev/null || [ ! -w "$(dirname "$INSTALLED")" ]; then
    echo "== No class-data archive: cannot write $(dirname "$INSTALLED") (run as root, or use --no-cds)." >&2
  else
    echo "== Class-data archive: training runs of the app from $INSTALLED"
    ROOTFS="$OUT/deb-root"
    dpkg-deb -R "$DEB" "$ROOTFS"
    cp -a "$ROOTFS$INSTALLED" "$INSTALLED"
    TRAIN_DATA="$(mktemp -d)"
    LISTS="$OUT/classlists"
    mkdir -p "$LISTS"
    LOG="$OUT/cds-training.log"
    : >"$LOG"
    # A made-up passphrase for the training store, which is deleted afterwards.
    export CAREPLANNER_PASSPHRASE="training store kettle orange"
    XVFB_PID=""
    if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
      Xvfb -displayfd 3 -screen 0 1280x900x24 3>"$OUT/xvfb-display" >/dev/null 2>&1 &
      XVFB_PID=$!
      sleep 2
      export DISPLAY=":$(head -1 "$OUT/xvfb-display")"
    fi
    listing() { echo "-XX:DumpLoadedClassList=$LISTS/$1.classlist -Xlog:cds=off"; }
    JAVA_TOOL_OPTIONS="$(listing import)" "$INSTALLED/bin/$NAME" --data-dir "$TRAIN_DATA" \
      import docs/examples/pa-two-streams-plan.json >>"$LOG" 2>&1 || true
    JAVA_TOOL_OPTIONS="$(listing pdf)" "$INSTALLED/bin/$NAME" \
      pdf --file docs/examples/pa-two-streams-plan.json --out "$TRAIN_DATA/plan.pdf" >>"$LOG" 2>&1 || true
    JAVA_TOOL_OPTIONS="$(listing window)" "$INSTALLED/bin/$NAME" --data-dir "$TRAIN_DATA" >>"$LOG" 2>&1 &
    APP_PID=$!
    # Its passphrase window (this process's own window), unlocked by typing the passphrase, then the home screen
    # with its list of plans (PlanSummaryCell loaded, or 90 s); then a normal shutdown, which ends the list.
    if command -v xdotool >/dev/null; then
      WINDOW="$(timeout 120 xdotool search --sync --onlyvisible --pid "$APP_PID" | head -1 || true)"
      sleep 2
      if [ -n "$WINDOW" ]; then
        xdotool windowfocus "$WINDOW" 2>/dev/null || true
        xdotool type --delay 20 "$CAREPLANNER_PASSPHRASE"
        xdotool key Return
      fi
      for _ in $(seq 1 90); do
        grep -q 'careplanner/ui/home/PlanSummaryCell' "$LISTS/window.classlist" 2>/dev/null && break
        sleep 1
      done
      sleep 5
    else
      sleep 30
    fi
    kill -TERM "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" || true
    unset CAREPLANNER_PASSPHRASE
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
    # Every class of the three lists, each once, in the order first loaded.
    cat "$LISTS"/import.classlist "$LISTS"/pdf.classlist "$LISTS"/window.classlist 2>/dev/null \
      | grep -v '^#' | awk '!seen[$0]++' >"$LISTS/all.classlist" || true
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$LISTS/all.classlist \
-XX:SharedArchiveFile=$INSTALLED/lib/app/$PACKAGE.jsa -Xlog:cds=off" "$INSTALLED/bin/$NAME" >>"$LOG" 2>&1 || true
    if [ -s "$INSTALLED/lib/app/$PACKAGE.jsa" ] && [ -s "$TRAIN_DATA/plan.pdf" ]; then
      cp "$INSTALLED/lib/app/$PACKAGE.jsa" "$ROOTFS$INSTALLED/lib/app/"
      # -Xshare:auto: a missing or unusable archive never stops the app, it only starts slower;
      # -Xlog:cds off: no CDS warning ever reaches a command's output.
      {
        echo "java-options=-XX:SharedArchiveFile=\$APPDIR/$PACKAGE.jsa"
        echo "java-options=-Xshare:auto"
        echo "java-options=-Xlog:cds=off"
        echo "java-options=-Xlog:cds+dynamic=off"
      } >>"$ROOTFS$INSTALLED/lib/app/$NAME.cfg"
      SIZE_KB="$(du -sk "$ROOTFS/opt" | cut -f1)"
      sed -i "s/^Installed-Size: .*/Installed-Size: $SIZE_KB/" "$ROOTFS/DEBIAN/control"
      # gzip rather than xz: the same files, packed in a fraction of the time.
      fakeroot dpkg-deb -Zgzip -b "$ROOTFS" "$DEB" >/dev/null
      echo "   archive: $(du -h "$INSTALLED/lib/app/$PACKAGE.jsa" | cut -f1), $(wc -l <"$LISTS/all.classlist") classes listed, in $DEB"
    else
      echo "== No class-data archive was written (or the training PDF failed); see $LOG. The .deb is without it." >&2
    fi
    rm -rf "$INSTALLED" "$TRAIN_DATA" "$ROOTFS"
  fi
fi

echo "== Done:"
ls -la "$OUT"/*."$TYPE"
