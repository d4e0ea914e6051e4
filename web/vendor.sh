#!/usr/bin/env bash
# vendor.sh reproduces web/static/vendor/: it installs the pinned npm
# packages into a temporary directory outside the project and copies only
# the minified browser builds, the world topology and each package's
# licence files into web/static/vendor/. Run it from anywhere:
#
#	bash web/vendor.sh
#
# Requires node and npm. Update the versions here and in
# static/vendor/README.md together.
set -euo pipefail

ECHARTS=6.1.0
CYTOSCAPE=3.35.0
WORLD_ATLAS=2.0.2
TOPOJSON_CLIENT=3.1.0

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$here/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts \
	"echarts@$ECHARTS" "cytoscape@$CYTOSCAPE" \
	"world-atlas@$WORLD_ATLAS" "topojson-client@$TOPOJSON_CLIENT" >/dev/null
nm="$tmp/node_modules"

mkdir -p "$dest"
cp "$nm/echarts/dist/echarts.min.js" "$dest/echarts.min.js"
cp "$nm/echarts/LICENSE" "$dest/echarts.LICENSE"
cp "$nm/echarts/NOTICE" "$dest/echarts.NOTICE"
cp "$nm/cytoscape/dist/cytoscape.min.js" "$dest/cytoscape.min.js"
cp "$nm/cytoscape/LICENSE" "$dest/cytoscape.LICENSE"
cp "$nm/world-atlas/countries-110m.json" "$dest/countries-110m.json"
cp "$nm/world-atlas/LICENSE" "$dest/world-atlas.LICENSE"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$dest/topojson-client.min.js"
cp "$nm/topojson-client/LICENSE" "$dest/topojson-client.LICENSE"
echo "vendored into $dest:"
ls -l "$dest"
