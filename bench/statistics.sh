#!/usr/bin/env bash
# Statistics benchmark: fills an embedded PostgreSQL with a year of reading for N articles (default 100,000) and
# times each query the newsroom's 통계 page and an article's statistics run, in-process (no HTTP).
# Usage: bench/statistics.sh [articles=100000] [hours read after publication=24] [rounds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" kr.sinmun.ranking.StatisticsBenchmark \
  "${1:-100000}" "${2:-24}" "${3:-20}"
