#!/usr/bin/env bash
# Several nodes: publish-to-visible on every node while the nodes are under load, and change entries per
# publish. Three Sinmun nodes share one PostgreSQL; wrk keeps 64 connections on node A's home page and 64 on
# node B's article pages while articles are published through the three nodes in turn; for each publish,
# every node's home page and search API are polled until they show it.
#
# Needs: a built target/sinmun.jar, wrk, python3, psql, and a PostgreSQL the nodes share (default: the local
# server, as user postgres; the database sinmun_nodes_bench is dropped and created).
# Usage: bench/nodes.sh [publishes=40] [load-connections=64]
# Environment: WARMUP (publishes made first and not timed, default 5), POLL_MS (pause between looks, default 25), BENCH_WORK (keep logs there), BENCH_JAVA, JAVA_OPTS (default -Xmx384m), BENCH_PG (psql connection, default
#              "-h 127.0.0.1 -U postgres"), BENCH_PG_URL (JDBC URL of that server).
set -euo pipefail
cd "$(dirname "$0")/.."
PUBLISHES=${1:-40}
CONNECTIONS=${2:-64}
JAVA=${BENCH_JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
PG=${BENCH_PG:--h 127.0.0.1 -U postgres}
PG_URL=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/sinmun_nodes_bench}
PORTS=(18600 18602 18604)
WORK=${BENCH_WORK:-$(mktemp -d /tmp/sinmun-nodes.XXXXXX)}
PASSWORD=bench-$(date +%s)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

start_node() {  # name port -> waits until ready (search index reconciled)
  local name=$1 port=$2
  SINMUN_DATA_DIR="$WORK/$name" SINMUN_DEMO=false SINMUN_ADMIN_PASSWORD="$PASSWORD" SERVER_PORT=$port \
    SINMUN_DB_URL="$PG_URL" SINMUN_DB_USER=postgres \
    "$JAVA" $JAVA_OPTS -jar target/sinmun.jar > "$WORK/$name.log" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 480); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && return
    sleep 0.5
  done
  echo "node $name did not become ready; see $WORK/$name.log" >&2
  exit 1
}

[ -f target/sinmun.jar ] || ./mvnw -q -DskipTests package
psql $PG -d postgres -qc "DROP DATABASE IF EXISTS sinmun_nodes_bench" -c "CREATE DATABASE sinmun_nodes_bench"
start_node a "${PORTS[0]}"
REPORTER=$(psql $PG -d sinmun_nodes_bench -tAc "SELECT id FROM users WHERE username = 'admin'")
SECTIONS=$(psql $PG -d sinmun_nodes_bench -tAc "SELECT string_agg(id::text, ',' ORDER BY position) FROM sections")
# A few thousand articles, so pages and searches do real work.
python3 bench/generate-articles.py 3000 "$REPORTER" "$SECTIONS" "$WORK/articles.tsv" "$WORK/tags.tsv"
psql $PG -d sinmun_nodes_bench -q \
  -c "\\copy articles (id, section_id, reporter_id, headline, subheadline, body_html, teaser, status, published_at, created_at, updated_at) from '$WORK/articles.tsv'" \
  -c "\\copy article_tags (article_id, position, tag) from '$WORK/tags.tsv'" \
  -c "SELECT setval('articles_id_seq', (SELECT max(id) FROM articles))" -c "VACUUM ANALYZE" >/dev/null
TOKEN=$(curl -sf -X POST -u "admin:$PASSWORD" "http://127.0.0.1:${PORTS[0]}/api/v1/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# The articles were copied in behind node A's back: it rebuilds its index from the database.
curl -sf -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:${PORTS[0]}/api/v1/search/rebuild" >/dev/null
start_node b "${PORTS[1]}"
start_node c "${PORTS[2]}"

echo "Sinmun $(git describe --always 2>/dev/null || echo '?'), 3 nodes, $(nproc) cores, $("$JAVA" -version 2>&1 | head -n 1),"
echo "PostgreSQL $(psql $PG -d postgres -tAc 'SHOW server_version'), load: wrk -c$CONNECTIONS on node A's home and on node B's article pages"
BEFORE=$(psql $PG -d sinmun_nodes_bench -tAc "SELECT count(*) FROM change_log")
wrk -t1 -c"$CONNECTIONS" -d600s "http://127.0.0.1:${PORTS[0]}/" > "$WORK/wrk-a.txt" 2>&1 &
PIDS+=("$!")
wrk -t1 -c"$CONNECTIONS" -d600s "http://127.0.0.1:${PORTS[1]}/news/1500" > "$WORK/wrk-b.txt" 2>&1 &
PIDS+=("$!")
sleep 5
python3 bench/publish-to-visible.py "$TOKEN" "$PUBLISHES" "${PORTS[@]}" | tee "$WORK/visible.txt"
AFTER=$(psql $PG -d sinmun_nodes_bench -tAc "SELECT count(*) FROM change_log")
ENTRIES=$(psql $PG -d sinmun_nodes_bench -tAc "SELECT count(*) FROM change_log WHERE payload->>'articleId' IN (SELECT id::text FROM articles WHERE headline LIKE '노드 벤치 속보%')")
echo "change entries written during the run: $((AFTER - BEFORE)) for $((PUBLISHES + ${WARMUP:-5})) publishes (warm-up included); entries for the published articles: $ENTRIES"
for node in a b c; do
  grep -h '변경 알림 연결\|변경 피드' "$WORK/$node.log" | sed "s/^/node $node: /" || true
done
