#!/usr/bin/env bash
# Cache-busting floods against one running node, beside plain hits on a cached article: every request of a flood
# has an address no one asked for before. A flood should cost what a hit costs (docs/architecture.md, "How a page is served").
#
# Needs: wrk (Debian: apt-get install wrk) and a node with the demo paper, e.g.
#   SINMUN_DATA_DIR=$(mktemp -d) SERVER_PORT=18080 java -Xmx384m -jar target/sinmun.jar
# Usage: bench/flood.sh [base=http://127.0.0.1:18080] [duration=15s] [connections=32]
set -euo pipefail
BASE=${1:-http://127.0.0.1:18080}
DURATION=${2:-15s}
CONNECTIONS=${3:-32}
WORK=$(mktemp -d /tmp/sinmun-flood.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

flood() {  # name, Lua expression for the path
  cat > "$WORK/$1.lua" <<LUA
math.randomseed(os.time())
request = function()
  return wrk.format("GET", $2, { ["Accept-Encoding"] = "gzip, br", ["User-Agent"] = "Mozilla/5.0 (flood)" })
end
LUA
}
flood hit '"/news/1"'
flood query '"/?page=" .. math.random(1, 2000000000) .. math.random(1, 2000000000)'
flood slug '"/news/1/" .. math.random(1, 2000000000) .. math.random(1, 2000000000)'
flood list-page '"/section/politics?page=" .. math.random(1, 2000000000)'

for path in / /news/1 /section/politics; do curl -sf -o /dev/null "$BASE$path"; done
wrk -t2 -c"$CONNECTIONS" -d10s -s "$WORK/hit.lua" "$BASE" > /dev/null   # JIT warm-up
for name in hit query slug list-page; do
  echo "== $name"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/$name.lua" "$BASE" \
    | grep -E "Requests/sec|     99%|Non-2xx|requests in"
done
