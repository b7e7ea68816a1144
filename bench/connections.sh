#!/usr/bin/env bash
# How many database connections one node uses under load, for the connection budget in docs/operations.md.
# One node on the machine's PostgreSQL with N generated articles, once per pool size, under the loads of
# bench/run.sh one after the other (cached pages, searches, one uncached render at a time, the home page at 256
# connections while the API publishes), then all of them at once with more of each: 16 uncached renders (a
# credential header, which the page cache never answers) and 4 API clients publishing and editing without
# pause. HikariCP's gauges are sampled 20 times a second through /actuator/metrics.
#
# Needs: a built target/sinmun.jar, wrk, python3, psql, and the machine's PostgreSQL (default: 127.0.0.1 as
# postgres; the database sinmun_connections is dropped and created, and dropped again at the end).
# Usage: bench/connections.sh [articles=20000] [duration=15s] [pool sizes="10 4"]
# Environment: BENCH_JAVA (java binary, default java), JAVA_OPTS (default -Xmx384m), BENCH_PG (psql connection),
#              BENCH_PORT (HTTP port of the node, default 18700).
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-20000}
DURATION=${2:-15s}
SIZES=${3:-10 4}
JAVA=${BENCH_JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
PG=${BENCH_PG:--h 127.0.0.1 -U postgres}
PG_URL=jdbc:postgresql://127.0.0.1:5432/sinmun_connections
PORT=${BENCH_PORT:-18700}
WORK=$(mktemp -d /tmp/sinmun-connections.XXXXXX)
PASSWORD=bench-$(date +%s)
NODE=

cleanup() {
  [ -n "$NODE" ] && kill "$NODE" 2>/dev/null && wait "$NODE" 2>/dev/null || true
  psql $PG -d postgres -qc "DROP DATABASE IF EXISTS sinmun_connections" >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_node() {  # pool-size
  SINMUN_DATA_DIR="$WORK/data" SINMUN_DEMO=false SINMUN_ADMIN_PASSWORD="$PASSWORD" SERVER_PORT=$PORT \
    SINMUN_DB_URL="$PG_URL" SINMUN_DB_USER=postgres SINMUN_DB_POOL_SIZE="$1" \
    "$JAVA" $JAVA_OPTS -jar target/sinmun.jar --management.endpoints.web.exposure.include=health,metrics \
    > "$WORK/node-$1.log" 2>&1 &
  NODE=$!
  # Up once the search index holds the database: minutes for a fresh index of many articles on a busy machine.
  for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && return; sleep 0.5; done
  echo "the node did not start; see $WORK/node-$1.log" >&2
  exit 1
}

stop_node() {
  kill "$NODE"; wait "$NODE" 2>/dev/null || true
  NODE=
}

[ -f target/sinmun.jar ] || ./mvnw -q -DskipTests package
psql $PG -d postgres -qc "DROP DATABASE IF EXISTS sinmun_connections" -c "CREATE DATABASE sinmun_connections"
start_node 10
stop_node
REPORTER=$(psql $PG -d sinmun_connections -tAc "SELECT id FROM users WHERE username = 'admin'")
SECTIONS=$(psql $PG -d sinmun_connections -tAc "SELECT string_agg(id::text, ',' ORDER BY position) FROM sections")
python3 bench/generate-articles.py "$ARTICLES" "$REPORTER" "$SECTIONS" "$WORK/articles.tsv" "$WORK/tags.tsv"
psql $PG -d sinmun_connections -q \
  -c "\\copy articles (id, section_id, reporter_id, headline, subheadline, body_html, teaser, status, published_at, created_at, updated_at) from '$WORK/articles.tsv'" \
  -c "\\copy article_tags (article_id, position, tag) from '$WORK/tags.tsv'" \
  -c "SELECT setval('articles_id_seq', (SELECT max(id) FROM articles))" >/dev/null
psql $PG -d sinmun_connections -qc "VACUUM ANALYZE" >/dev/null

BASE=http://127.0.0.1:$PORT
ARTICLE=/news/$((ARTICLES / 2))
SEARCH='/search?q=%EC%98%88%EC%82%B0%EC%95%88'
SECONDS_OF_LOAD=${DURATION%s}

cat > "$WORK/sample.py" <<'PY'
# Samples HikariCP's gauges until told to stop, then prints what the pool did meanwhile.
import json, os, sys, time, urllib.request
base, stop_file = sys.argv[1], sys.argv[2]
def metric(name, stat="VALUE"):
    with urllib.request.urlopen(f"{base}/actuator/metrics/{name}") as r:
        return next(m["value"] for m in json.load(r)["measurements"] if m["statistic"] == stat)
def acquired():
    return metric("hikaricp.connections.acquire", "COUNT"), metric("hikaricp.connections.acquire", "TOTAL_TIME")
active, pending = [], []
count0, total0 = acquired()
while not active or not os.path.exists(stop_file):
    active.append(metric("hikaricp.connections.active"))
    pending.append(metric("hikaricp.connections.pending"))
    open(stop_file + ".ready", "w").close()
    time.sleep(0.05)
count, total = (a - b for a, b in zip(acquired(), (count0, total0)))
active.sort()
print(f"active max {int(active[-1])}, p99 {int(active[int(len(active) * 0.99)])}, median {int(active[len(active) // 2])};"
      f" waiting for one in {sum(1 for p in pending if p > 0)} of {len(active)} samples (max {int(max(pending))});"
      f" {int(count)} borrows, mean wait {total / max(count, 1) * 1000:.2f} ms")
PY

cat > "$WORK/publish.py" <<'PY'
# Publishes and then edits articles through the API until the time is up; prints how many calls it made.
import json, sys, time, urllib.request
base, token, seconds, client = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
end, calls, n = time.time() + seconds, 0, 0
def call(method, path, body):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method=method,
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as r:
        return json.load(r)
while time.time() < end:
    n += 1
    article = {"section": "society", "headline": f"연결 수 측정 기사 {client}-{n}", "bodyHtml": "<p>측정용 본문이다.</p>",
               "status": "PUBLISHED"}
    created = call("POST", "/api/v1/articles", article)
    article["headline"] += " (수정)"
    call("PUT", f"/api/v1/articles/{created['id']}", article)
    calls += 2
print(calls)
PY

measure() {  # name, then the load's commands as one string; prints the pool's figures while it ran
  local name=$1 load=$2
  rm -f "$WORK/stop" "$WORK/stop.ready"
  python3 "$WORK/sample.py" "$BASE" "$WORK/stop" > "$WORK/sample.txt" &
  local sampler=$!
  until [ -f "$WORK/stop.ready" ]; do sleep 0.1; done
  bash -c "$load"
  touch "$WORK/stop"
  wait $sampler
  printf '  %-44s %s\n' "$name" "$(cat "$WORK/sample.txt")"
}
rps() { awk '/Requests\/sec/ {printf "%d req/s", $2}' "$1"; }
export BASE TOKEN WORK DURATION SECONDS_OF_LOAD ARTICLE SEARCH

echo "Sinmun $(git describe --always 2>/dev/null || echo '?'), $ARTICLES articles, $DURATION per load, $(nproc) cores,"
echo "$("$JAVA" -version 2>&1 | head -n 1), JAVA_OPTS=$JAVA_OPTS, PostgreSQL $(psql $PG -d postgres -tAc 'SHOW server_version')"
echo "active counts the change listener's connection, which it holds for good."
for size in $SIZES; do
  start_node "$size"
  TOKEN=$(curl -sf -X POST -u "admin:$PASSWORD" "$BASE/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  export TOKEN
  # The index is built in the background after a start; searches measure nothing until it is.
  for _ in $(seq 1 600); do grep -q '검색 색인 재구축' "$WORK/node-$size.log" && break; sleep 0.5; done
  for url in "$ARTICLE" / "$SEARCH"; do wrk -t1 -c8 -d3s "$BASE$url" >/dev/null 2>&1; done
  echo "pool $size:"
  # The loads of bench/run.sh, one at a time, then all of them at once with more of everything.
  measure "cached article and home (64 + 64)" \
    'wrk -t1 -c64 -d$DURATION $BASE$ARTICLE > $WORK/a.txt & wrk -t1 -c64 -d$DURATION $BASE/ > $WORK/b.txt; wait'
  echo "    $(rps "$WORK/a.txt"), $(rps "$WORK/b.txt")"
  measure "search (8)" 'wrk -t1 -c8 -d$DURATION $BASE$SEARCH > $WORK/a.txt'
  echo "    $(rps "$WORK/a.txt")"
  measure "uncached render, one at a time (1)" \
    'wrk -t1 -c1 -d$DURATION -H "Authorization: Bearer bench-uncached" $BASE$ARTICLE > $WORK/a.txt'
  echo "    $(rps "$WORK/a.txt")"
  measure "home (256) while the API publishes (1)" \
    'wrk -t1 -c256 -d$DURATION $BASE/ > $WORK/a.txt & python3 $WORK/publish.py $BASE $TOKEN $SECONDS_OF_LOAD x > $WORK/p1.txt; wait'
  echo "    $(rps "$WORK/a.txt"), $(cat "$WORK/p1.txt") API calls"
  measure "all at once, more: 64 + 8 + 16 uncached + 4 API" \
    'wrk -t1 -c64 -d$DURATION $BASE$ARTICLE > $WORK/a.txt &
     wrk -t1 -c8 -d$DURATION $BASE$SEARCH > $WORK/b.txt &
     wrk -t1 -c16 -d$DURATION -H "Authorization: Bearer bench-uncached" $BASE$ARTICLE > $WORK/c.txt &
     for c in 1 2 3 4; do python3 $WORK/publish.py $BASE $TOKEN $SECONDS_OF_LOAD y$c > $WORK/p$c.txt & done; wait'
  echo "    cached $(rps "$WORK/a.txt"), search $(rps "$WORK/b.txt"), uncached $(rps "$WORK/c.txt")," \
    "$(cat "$WORK"/p[1-4].txt | awk '{s += $1} END {print s}') API calls"
  stop_node
done
