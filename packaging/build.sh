#!/usr/bin/env bash
# Builds the installers with jpackage (JDK 17+), from the shaded jar that `mvn package` makes.
#   packaging/build.sh app-image   Linux app image: target/installers/ScalingLawExplorer/bin/ScalingLawExplorer
#   packaging/build.sh deb         Linux .deb (needs fakeroot and dpkg-deb), depends on libgtk-3-0
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

common=(
  --name "$name"
  --app-version "$version"
  --vendor "Scaling Law Explorer developers"
  --description "Explore how language-model loss scales with parameters, data and compute"
  --copyright "Apache-2.0"
  --input "$input"
  --main-jar scaling-explorer.jar
  --main-class org.scalingexplorer.Launcher
  --java-options "-Xmx2g"
  --dest "$out"
)

build() {
  local type=$1
  shift
  echo "jpackage --type $type"
  jpackage --type "$type" "${common[@]}" "$@"
}

linux_image() {
  rm -rf "${out:?}/$name"
  build app-image --icon assets/icon.png
  # A desktop entry for the image where it was built; copy it to ~/.local/share/applications to use it.
  local home
  home=$(cd "$out/$name" && pwd)
  sed -e "s#/opt/scaling-law-explorer/bin#$home/bin#" -e "s#/opt/scaling-law-explorer/lib#$home/lib#" \
    packaging/linux/ScalingLawExplorer.desktop > "$out/$name/lib/ScalingLawExplorer.desktop"
}

linux_deb() {
  build deb --icon assets/icon.png \
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
