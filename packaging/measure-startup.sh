#!/usr/bin/env bash
# Cold start of the packaged app: time from JVM start to the first laid-out frame, 5 runs, median.
# Needs a display (run under xvfb-run on a headless machine) and the app image (packaging/build.sh app-image).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installers/ScalingLawExplorer/bin/ScalingLawExplorer
[ -x "$launcher" ] || { echo "build the app image first: packaging/build.sh app-image" >&2; exit 2; }
times=()
for i in 1 2 3 4 5; do
  line=$(JAVA_TOOL_OPTIONS="-Dscalingexplorer.startupProbe=true -Dscalingexplorer.prefs.node=scalingexplorer-startup -Dprism.forceGPU=true" \
    "$launcher" 2>/dev/null | grep '^startup:')
  echo "run $i: $line"
  times+=("$(echo "$line" | sed -E 's/.* ([0-9]+) ms.*/\1/')")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median cold start to first frame: " a[int((NR+1)/2)] " ms over " NR " runs"}'
