#!/usr/bin/env bash
# Builds the installers with jpackage (JDK 17+), from the shaded jar that `mvn package` makes.
#   packaging/build.sh app-image   Linux app image: target/installers/ScalingLawExplorer/bin/ScalingLawExplorer
#   packaging/build.sh deb         Linux .deb (needs fakeroot and dpkg-deb), depends on libgtk-3-0,
#                                  recommends fonts-noto-cjk (Chinese UI; packaging/linux/control)
#   packaging/build.sh msi         on Windows (needs the WiX toolset on PATH)
#   packaging/build.sh dmg         on macOS
#   packaging/build.sh             Linux: app image and .deb
# jpackage builds only for the system it runs on, so .msi and .dmg are built on those systems.
set -euo pipefail
cd "$(dirname "$0")/.."

kind=${1:-linux}
version=0.1.0
name=ScalingLawExplorer
out=target/installers
input=target/jpackage-input

if [ "${SKIP_MAVEN:-}" != 1 ]; then
  mvn -B -q -DskipTests package
fi
rm -rf "$input"
mkdir -p "$input" "$out"
cp target/scaling-explorer.jar "$input/"

identity=(
  --name "$name"
  --app-version "$version"
  --vendor "Scaling Law Explorer developers"
  --description "Explore how language-model loss scales with parameters, data and compute"
  --copyright "Apache-2.0"
  --dest "$out"
)
# The class-data-sharing archive (made below) halves the classes the JVM loads and links at start;
# where it is missing or does not match, the JVM starts without it (-Xshare:auto).
application=(
  --input "$input"
  --main-jar scaling-explorer.jar
  --main-class org.scalingexplorer.Launcher
  --java-options "-Xmx2g -Xshare:auto -XX:SharedArchiveFile=\$APPDIR/scaling-explorer.jsa"
)

build() {
  local type=$1
  shift
  echo "jpackage --type $type"
  jpackage --type "$type" "${identity[@]}" "${application[@]}" "$@"
}

# Records the classes a start of the window loads (the startup probe shows the first frame and
# exits), then dumps them into a CDS archive inside the image, made by the image's own JVM.
cds_archive() {
  local image=$1
  local launcher="$image/bin/$name"
  local list="$image/lib/app/classes.lst"
  local probe=(-Dscalingexplorer.startupProbe=true -Dscalingexplorer.prefs.node=scalingexplorer-packaging -Dprism.forceGPU=true)
  if [ -n "${DISPLAY:-}" ]; then
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list ${probe[*]}" "$launcher" > /dev/null 2>&1 || true
  elif command -v xvfb-run > /dev/null 2>&1; then
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list ${probe[*]}" xvfb-run -a "$launcher" > /dev/null 2>&1 || true
  fi
  if [ ! -s "$list" ]; then
    echo "no display to record the window's start: the image starts without a CDS archive" >&2
    return 0
  fi
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$image/lib/app/scaling-explorer.jsa" \
    "$launcher" > /dev/null 2>&1 || true
  rm -f "$list"
  if [ -s "$image/lib/app/scaling-explorer.jsa" ]; then
    echo "CDS archive: $(du -h "$image/lib/app/scaling-explorer.jsa" | cut -f1)"
  else
    echo "the CDS archive could not be made: the image starts without it" >&2
  fi
}

linux_image() {
  rm -rf "${out:?}/$name"
  build app-image --icon assets/icon.png
  # A desktop entry for the image where it was built; copy it to ~/.local/share/applications to use it.
  local home
  home=$(cd "$out/$name" && pwd)
  sed -e "s#/opt/scaling-law-explorer/bin#$home/bin#" -e "s#/opt/scaling-law-explorer/lib#$home/lib#" \
    packaging/linux/ScalingLawExplorer.desktop > "$out/$name/lib/ScalingLawExplorer.desktop"
  cds_archive "$out/$name"
}

linux_deb() {
  # Packaged from the app image, so the .deb carries its CDS archive.
  [ -x "$out/$name/bin/$name" ] || linux_image
  echo "jpackage --type deb"
  jpackage --type deb "${identity[@]}" --app-image "$out/$name" \
    --linux-package-name scaling-law-explorer \
    --linux-package-deps libgtk-3-0 \
    --linux-shortcut \
    --linux-menu-group "Education;Science" \
    --linux-app-category science \
    --linux-deb-maintainer "maintainers@scalingexplorer.org" \
    --resource-dir packaging/linux
}

case "$kind" in
  app-image) linux_image ;;
  deb) linux_deb ;;
  linux) linux_image; linux_deb ;;
  msi) build msi --icon packaging/icon.ico --win-menu --win-menu-group "Scaling Law Explorer" --win-shortcut --win-dir-chooser ;;
  dmg) build dmg --icon packaging/icon.icns --mac-package-name "Scaling Law Explorer" ;;
  *) echo "usage: packaging/build.sh [app-image|deb|msi|dmg|linux]" >&2; exit 2 ;;
esac
ls -la "$out"
