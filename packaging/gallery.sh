#!/usr/bin/env bash
# Regenerates the README gallery: every registered view at 1280x800, English and Chinese, light and
# dark, each a window screenshot written by the app's own `gui --screenshot`. Needs xvfb-run (and
# pngquant, optional, to shrink the PNGs). Usage: packaging/gallery.sh [JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${1:-target/scaling-explorer.jar}"
out=assets/screenshots/gallery
mkdir -p "$out"
views=$(java -jar "$jar" gui --help | sed -n '/--view=/,$p' | tr -d '\n' | sed 's/.*the view to show: //; s/ \+/ /g; s/, / /g')
for view in $views; do
  for lang in en zh_CN; do
    for theme in light dark; do
      file="$out/$view-$lang-$theme.png"
      xvfb-run -a -s "-screen 0 1600x1000x24" java -jar "$jar" gui --lang "$lang" --theme "$theme" --view "$view" \
        --size 1280x800 --screenshot "$file" >/dev/null 2>&1
      if command -v pngquant >/dev/null 2>&1; then
        pngquant --force --skip-if-larger --quality 70-95 --output "$file" "$file" || true
      fi
      echo "$file"
    done
  done
done
