#!/usr/bin/env bash
# What one traffic-log line costs, stage by stage, on one thread (microbenchmark, about a minute):
# the line for the tutorial's cookie and for 20 cookies, one keyed digest, Tomcat's OneLineFormatter
# against the app's TrafficLogFormatter, the latter making the line of a TrafficEvent as the writer thread
# does, Tomcat's FileHandler formatting and writing that event through its buffer record by record, and last
# the log as the app runs it: TrafficLogHandler's queue and writer thread, which hands FileHandler a batch of
# entries at a time (the CPU time of the queuing thread and of the writer, per entry).
#   bench/log-line.sh
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
mkdir -p "$BENCH/target"
(cd "$ROOT" && mvn -B -q compile dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$BENCH/target/classpath.txt")
java -Xmx512m -cp "$ROOT/target/classes:$(cat "$BENCH/target/classpath.txt")" "$BENCH/LogLineBench.java"
