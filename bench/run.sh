#!/usr/bin/env bash
# Benchmarks the reader site against nginx serving the same article bytes, in one run on one machine.
# Needs: a built target/sinmun.jar, wrk and nginx (Debian: apt-get install wrk nginx-light), python3.
# Usage: bench/run.sh [articles=1000] [duration=10s] [connections=64]
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-1000}
DURATION=${2:-10s}
CONNECTIONS=${3:-64}
PORT=18080
NGINX_PORT=18081
WORK=$(mktemp -d /tmp/sinmun-bench.XXXXXX)
OUT=bench/out
mkdir -p "$OUT"
PASSWORD=bench-$(date +%s)

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

[ -f target/sinmun.jar ] || ./mvnw -q -DskipTests package
echo "starting Sinmun with an empty database in $WORK"
SINMUN_DATA_DIR="$WORK/data" SINMUN_DEMO=false SINMUN_ADMIN_PASSWORD="$PASSWORD" SERVER_PORT=$PORT \
  java ${JAVA_OPTS:-} -jar target/sinmun.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break; sleep 0.5; done
python3 bench/generate-articles.py "http://127.0.0.1:$PORT" "$PASSWORD" "$ARTICLES"

ARTICLE=/news/$((ARTICLES / 2))
curl -s "http://127.0.0.1:$PORT$ARTICLE" -o "$WORK/article.html"
mkdir -p "$WORK/www/news" && cp "$WORK/article.html" "$WORK/www/article.html"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
NGINX
nginx -c "$WORK/nginx.conf" -p "$WORK"

run() {  # name url
  local name=$1 url=$2 file
  file="$OUT/$(printf '%s' "$name" | tr -c 'a-zA-Z0-9' '_').txt"
  wrk -t2 -c"$CONNECTIONS" -d5s "$url" >/dev/null 2>&1   # warm-up (JIT, page cache)
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$url" > "$file"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$file")
  p50=$(awk '$1=="50%" {print $2}' "$file")
  p99=$(awk '$1=="99%" {print $2}' "$file")
  printf '| %-28s | %10s | %8s | %8s |\n' "$name" "$rps" "$p50" "$p99"
}

echo
echo "Sinmun $(git describe --always 2>/dev/null || echo '?'), $ARTICLES articles, wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores, $(java -version 2>&1 | head -n 1)"
printf '| %-28s | %10s | %8s | %8s |\n' "what" "req/s" "p50" "p99"
printf '|%s|%s|%s|%s|\n' "------------------------------" "------------" "----------" "----------"
run "nginx, same article bytes" "http://127.0.0.1:$NGINX_PORT/article.html"
run "article page $ARTICLE" "http://127.0.0.1:$PORT$ARTICLE"
run "home page /" "http://127.0.0.1:$PORT/"
run "section page /section/economy" "http://127.0.0.1:$PORT/section/economy"
run "RSS /rss/allArticle.xml" "http://127.0.0.1:$PORT/rss/allArticle.xml"
run "search /search?q=예산안" "http://127.0.0.1:$PORT/search?q=%EC%98%88%EC%82%B0%EC%95%88"
# One connection with a credential header, which the page cache never answers: the time of one full render
# (security chain, queries, template) with nothing queued behind it.
run_uncached() {  # name url
  local name=$1 url=$2 file
  file="$OUT/$(printf '%s' "$name" | tr -c 'a-zA-Z0-9' '_').txt"
  wrk -t1 -c1 -d5s -H 'Authorization: Bearer bench-uncached' "$url" >/dev/null 2>&1
  wrk -t1 -c1 -d"$DURATION" --latency -H 'Authorization: Bearer bench-uncached' "$url" > "$file"
  printf '| %-28s | %10s | %8s | %8s |\n' "$name" "$(awk '/Requests\/sec/ {print $2}' "$file")" \
    "$(awk '$1=="50%" {print $2}' "$file")" "$(awk '$1=="99%" {print $2}' "$file")"
}
run_uncached "article $ARTICLE, uncached, 1 conn" "http://127.0.0.1:$PORT$ARTICLE"
echo
echo "$(grep -o 'Started SinmunApplication in [0-9.]* seconds' "$WORK/app.log" | head -n 1)"
echo "article page: $(wc -c < "$WORK/article.html") bytes; resident memory of Sinmun after the run: $(( $(ps -o rss= -p $APP_PID) / 1024 )) MB"
