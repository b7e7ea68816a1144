#!/usr/bin/env bash
# The reader site under load, in one run on one machine: two Sinmun nodes on one PostgreSQL with N generated
# Korean articles, against nginx serving the same article bytes as a static file.
#
# Needs: a built target/sinmun.jar, wrk, nginx (Debian: apt-get install wrk nginx-light), python3, psql, and a
# PostgreSQL the nodes share (default: the local server, as user postgres; the database sinmun_bench is
# dropped and created).
# Usage: bench/run.sh [articles=100000] [duration=10s] [connections=64]
# Environment: BENCH_JAVA (java binary, default java), JAVA_OPTS (default -Xmx384m, as docs/operations.md recommends),
#              BENCH_PG (psql connection, default "-h 127.0.0.1 -U postgres"), BENCH_PG_URL (JDBC URL of that server).
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-100000}
DURATION=${2:-10s}
CONNECTIONS=${3:-64}
JAVA=${BENCH_JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
PG=${BENCH_PG:--h 127.0.0.1 -U postgres}
PG_URL=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/sinmun_bench}
A=18080
B=18082
NGINX_PORT=18081
WORK=$(mktemp -d /tmp/sinmun-bench.XXXXXX)
OUT=bench/out
mkdir -p "$OUT"
PASSWORD=bench-$(date +%s)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

start_node() {  # name port -> waits until the process answers, prints the pid into $WORK/<name>.pid
  local name=$1 port=$2
  SINMUN_DATA_DIR="$WORK/$name" SINMUN_DEMO=false SINMUN_ADMIN_PASSWORD="$PASSWORD" SERVER_PORT=$port \
    SINMUN_DB_URL="$PG_URL" SINMUN_DB_USER=postgres \
    "$JAVA" $JAVA_OPTS "-Xlog:gc:file=$WORK/$name-gc.log" -jar target/sinmun.jar > "$WORK/$name.log" 2>&1 &
  echo $! > "$WORK/$name.pid"
  PIDS+=("$!")
  # Liveness, not health: a node is not ready (health DOWN) until its search index has caught up, which takes
  # two minutes at 100,000 articles; wait_for_index waits for that.
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/actuator/health/liveness" >/dev/null && return; sleep 0.5; done
  echo "node $name did not start; see $WORK/$name.log" >&2
  exit 1
}

wait_for_index() {  # name
  for _ in $(seq 1 1200); do grep -q '검색 색인 재구축' "$WORK/$1.log" && return; sleep 0.5; done
  echo "node $1 did not build its search index" >&2
  exit 1
}

[ -f target/sinmun.jar ] || ./mvnw -q -DskipTests package
psql $PG -d postgres -qc "DROP DATABASE IF EXISTS sinmun_bench" -c "CREATE DATABASE sinmun_bench"

echo "creating the schema (a first start), then loading $ARTICLES articles"
start_node schema $A
kill "$(cat "$WORK/schema.pid")"; wait "$(cat "$WORK/schema.pid")" 2>/dev/null || true
REPORTER=$(psql $PG -d sinmun_bench -tAc "SELECT id FROM users WHERE username = 'admin'")
SECTIONS=$(psql $PG -d sinmun_bench -tAc "SELECT string_agg(id::text, ',' ORDER BY position) FROM sections")
python3 bench/generate-articles.py "$ARTICLES" "$REPORTER" "$SECTIONS" "$WORK/articles.tsv" "$WORK/tags.tsv"
psql $PG -d sinmun_bench -q \
  -c "\\copy articles (id, section_id, reporter_id, headline, subheadline, body_html, teaser, status, published_at, created_at, updated_at) from '$WORK/articles.tsv'" \
  -c "\\copy article_tags (article_id, position, tag) from '$WORK/tags.tsv'" \
  -c "SELECT setval('articles_id_seq', (SELECT max(id) FROM articles))" >/dev/null
# What autovacuum does on a live database within minutes; without it, counts cannot use index-only scans.
psql $PG -d sinmun_bench -qc "VACUUM ANALYZE" >/dev/null

echo "starting node A (it builds its search index from the database)"
start_node a $A
STARTUP_A=$(grep -o 'Started SinmunApplication in [0-9.]* seconds' "$WORK/a.log" | grep -o '[0-9.]* seconds')
wait_for_index a
INDEX_A=$(grep -o '검색 색인 재구축: 기사 [0-9]*건, [0-9]* ms' "$WORK/a.log" | head -n 1)
echo "starting node B"
start_node b $B
STARTUP_B=$(grep -o 'Started SinmunApplication in [0-9.]* seconds' "$WORK/b.log" | grep -o '[0-9.]* seconds')
wait_for_index b

ARTICLE=/news/$((ARTICLES / 2))
curl -s "http://127.0.0.1:$A$ARTICLE" -o "$WORK/article.html"
mkdir -p "$WORK/www" && cp "$WORK/article.html" "$WORK/www/article.html"
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

row() {  # name file [ratio]
  printf '| %-36s | %9s | %8s | %8s | %6s |\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$2")" \
    "$(awk '$1=="50%" {print $2}' "$2")" "$(awk '$1=="99%" {print $2}' "$2")" "${3:-}"
}
declare -A NGINX_RPS=()
run() {  # name url connections compare-to-nginx(yes|no) [extra wrk args...]
  local name=$1 url=$2 connections=$3 compare=$4 file ratio= rps
  shift 4
  file="$OUT/$(printf '%s' "$name" | tr -c 'a-zA-Z0-9' '_').txt"
  wrk -t2 -c"$connections" -d5s "$@" "$url" >/dev/null 2>&1
  wrk -t2 -c"$connections" -d"$DURATION" --latency "$@" "$url" > "$file"
  rps=$(awk '/Requests\/sec/ {print $2}' "$file")
  if [ "$compare" = nginx ]; then NGINX_RPS[$connections]=$rps
  elif [ "$compare" = yes ]; then ratio=$(python3 -c "print(f'{$rps / ${NGINX_RPS[$connections]}:.2f}×')"); fi
  row "$name" "$file" "$ratio"
}

# The JIT compiles a path only after it has run for a while, and a server runs for days: every path is
# exercised before anything is measured, so the first row is not paying for the others' warm-up.
for url in "$ARTICLE" / /section/economy /rss/allArticle.xml; do
  wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$A$url" >/dev/null 2>&1
done

GC_FROM=$(wc -l < "$WORK/a-gc.log")   # node A's collections from here on are the measured ones
echo
echo "Sinmun $(git describe --always 2>/dev/null || echo '?'), $ARTICLES articles, wrk -t2 -d$DURATION, $(nproc) cores,"
echo "$("$JAVA" -version 2>&1 | head -n 1), JAVA_OPTS=$JAVA_OPTS, PostgreSQL $(psql $PG -d postgres -tAc 'SHOW server_version')"
printf '| %-36s | %9s | %8s | %8s | %6s |\n' "what (connections)" "req/s" "p50" "p99" "nginx"
printf '|%s|%s|%s|%s|%s|\n' "--------------------------------------" "-----------" "----------" "----------" "--------"
run "nginx, same article bytes ($CONNECTIONS)" "http://127.0.0.1:$NGINX_PORT/article.html" "$CONNECTIONS" nginx
run "article page, cached ($CONNECTIONS)" "http://127.0.0.1:$A$ARTICLE" "$CONNECTIONS" yes
run "article page, cached, gzip ($CONNECTIONS)" "http://127.0.0.1:$A$ARTICLE" "$CONNECTIONS" no -H 'Accept-Encoding: gzip'
run "home page, cached ($CONNECTIONS)" "http://127.0.0.1:$A/" "$CONNECTIONS" no
run "section page, cached ($CONNECTIONS)" "http://127.0.0.1:$A/section/economy" "$CONNECTIONS" no
run "RSS, 50 full articles, cached ($CONNECTIONS)" "http://127.0.0.1:$A/rss/allArticle.xml" "$CONNECTIONS" no
run "nginx, same article bytes (256)" "http://127.0.0.1:$NGINX_PORT/article.html" 256 nginx
run "article page, cached (256)" "http://127.0.0.1:$A$ARTICLE" 256 yes
run "search /search?q=예산안 (8)" "http://127.0.0.1:$A/search?q=%EC%98%88%EC%82%B0%EC%95%88" 8 no
# One connection with a credential header, which the page cache never answers: one full render (security
# chain, queries, template) at a time, with nothing queued behind it.
file="$OUT/uncached.txt"
wrk -t1 -c1 -d5s -H 'Authorization: Bearer bench-uncached' "http://127.0.0.1:$A$ARTICLE" >/dev/null 2>&1
wrk -t1 -c1 -d"$DURATION" --latency -H 'Authorization: Bearer bench-uncached' "http://127.0.0.1:$A$ARTICLE" > "$file"
row "article page, uncached render (1)" "$file"

TOKEN=$(curl -sf -X POST -u "admin:$PASSWORD" "http://127.0.0.1:$B/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
publish() {  # headline -> prints the milliseconds the API call took
  local start
  start=$(date +%s%N)
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$B/api/v1/articles" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' \
    --data "{\"section\":\"society\",\"headline\":\"$1\",\"bodyHtml\":\"<p>벤치마크가 쓴 속보 본문이다.</p>\",\"status\":\"PUBLISHED\"}"
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
watch_home() {  # port headline start-ns -> prints the milliseconds from start until the home page shows it
  for _ in $(seq 1 2000); do
    if curl -s "http://127.0.0.1:$1/" | grep -q "$2"; then echo $(( ($(date +%s%N) - $3) / 1000000 )); return; fi
    sleep 0.01
  done
  echo never
}
publish_and_watch() {  # headline -> "publish call X ms; node A Y ms; node B Z ms"
  local start=$(date +%s%N)
  watch_home $A "$1" "$start" > "$WORK/seen-a" &
  local wa=$!
  watch_home $B "$1" "$start" > "$WORK/seen-b" &
  local wb=$!
  local took
  took=$(publish "$1")
  wait $wa $wb
  echo "publish call ${took} ms; on node A's home after $(cat "$WORK/seen-a") ms, on node B's after $(cat "$WORK/seen-b") ms"
}
echo
echo "Publishes through node B's API with no load, both nodes' home pages polled in parallel:"
echo "  the first after start: $(publish_and_watch "첫 벤치마크 기사 $(date +%s)")"
echo "  the next one:          $(publish_and_watch "평시 벤치마크 기사 $(date +%s)")"

echo
echo "Breaking news: 256 connections on node A's home page; 4 s in, an article is published through node B's"
echo "API and both nodes' home pages are polled in parallel until they show it."
wrk -t2 -c256 -d10s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$A/" >/dev/null 2>&1   # warm-up at this load
wrk -t2 -c256 -d12s --latency -H 'Accept-Encoding: gzip' "http://127.0.0.1:$A/" > "$OUT/breaking.txt" &
WRK=$!
sleep 4
VISIBLE=$(publish_and_watch "속보 벤치마크 $(date +%s)")
wait $WRK
row "home page during the publish (256)" "$OUT/breaking.txt"
echo "  $VISIBLE"

echo
echo "startup with $ARTICLES articles: node A $STARTUP_A, node B $STARTUP_B; node A's index: $INDEX_A"
echo "article page: $(wc -c < "$WORK/article.html") bytes ($(curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:$A$ARTICLE" | wc -c) as Brotli)"
pauses() {  # gc log lines -> "N pauses, the longest X ms"
  grep 'Pause' | grep -o '[0-9.]*ms$' | sort -n | awk '{n++; m=$1} END {printf "%d pauses, the longest %s", n, (n ? m : "0ms")}'
}
echo "node A's garbage collections while measured: $(tail -n +$((GC_FROM + 1)) "$WORK/a-gc.log" | pauses)"
# The worst pause a reader could meet: a full collection of everything node A holds, forced here once.
JCMD="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd"
GC_END=$(wc -l < "$WORK/a-gc.log")
"$JCMD" "$(cat "$WORK/a.pid")" GC.run >/dev/null && sleep 1
echo "node A's full collection, forced: $(tail -n +$((GC_END + 1)) "$WORK/a-gc.log" | pauses)"
for node in a b; do
  pid=$(cat "$WORK/$node.pid")
  echo "node ${node^^} after the run: resident $(( $(ps -o rss= -p "$pid") / 1024 )) MB" \
    "($(awk '/RssAnon/ {printf "%d MB process memory", $2/1024} /RssFile/ {printf ", %d MB mapped files (index, jars)", $2/1024}' "/proc/$pid/status"))"
done
