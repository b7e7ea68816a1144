#!/usr/bin/env bash
# Regenerates the README's screenshots from the demo paper: starts the packaged jar on a fresh data directory
# (embedded PostgreSQL, demo content), and has headless Chromium capture the home and an article page at
# 1280 and 360 px wide.
# Needs: a built target/sinmun.jar (./mvnw -DskipTests package), chromium, a Korean font (Debian
# fonts-nanum or fonts-noto-cjk; without one Hangul shows as boxes), curl, python3.
# Usage: docs/screenshots.sh [port=18680]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18680}
WORK=$(mktemp -d /tmp/sinmun-shots.XXXXXX)
OUT=docs/screenshots
CHROMIUM=${CHROMIUM:-chromium}

SINMUN_DATA_DIR="$WORK/data" SERVER_PORT=$PORT java -Xmx384m -jar target/sinmun.jar > "$WORK/sinmun.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null || { echo "Sinmun did not start; see $WORK/sinmun.log" >&2; exit 1; }

# The first article linked from the home page's top box.
ARTICLE=$(curl -sf "http://127.0.0.1:$PORT/" | python3 -c '
import re, sys
links = re.findall(r"href=\"(/news/\d+[^\"]*)\"", sys.stdin.read())
print(links[0] if links else "")')
[ -n "$ARTICLE" ] || { echo "no article link on the home page" >&2; exit 1; }

# Each page and the banner endpoint once before the shots: the first banner of a fresh start can take longer
# than the shot waits, and the header's banner would be missing from the picture.
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
for path in / "$ARTICLE"; do curl -sf -A "$UA" "http://127.0.0.1:$PORT$path" >/dev/null; done
for slot in header right-top m-header article-inline; do
  curl -s -A "$UA" -H 'Accept: application/json' "http://127.0.0.1:$PORT/ad/fill?slot=$slot" >/dev/null || true
done

shoot() {  # name path width height
  # A reader's browser, not "HeadlessChrome": crawlers get no banners, and the shots show what readers see.
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --lang=ko-KR \
    --user-agent="$UA" \
    --virtual-time-budget=3000 --window-size="$3,$4" --screenshot="$OUT/$1.png" "http://127.0.0.1:$PORT$2" >/dev/null 2>&1
  echo "$OUT/$1.png"
}
shoot home-1280 / 1280 1400
shoot article-1280 "$ARTICLE" 1280 1400
shoot home-360 / 360 1400
shoot article-360 "$ARTICLE" 360 1400
