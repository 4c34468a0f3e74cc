#!/bin/sh
# build.sh rebuilds ui/dist from a clean install of the locked npm packages.
# Run it from anywhere; it needs node and npm (the npm registry, once).
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node build.mjs
