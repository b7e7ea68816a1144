#!/usr/bin/env bash
# Search benchmark: builds an index of generated Korean articles (default 100,000) and measures query latency
# at 1 and 8 concurrent clients, in-process (no HTTP), so the figures are the search engine's own.
# Usage: bench/search.sh [articles=100000] [news|narrow]
# BENCH_JAVA_OPTS="-Donly=long -Dwarm=3000" measures one kind of query after a short warm-up (for profiling).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" kr.sinmun.search.SearchBenchmark "${1:-100000}" "${2:-news}"
