#!/usr/bin/env bash
# Where the traffic log's CPU goes: one node under steady load (wrk), profiled with async-profiler (from Maven
# Central) for SECONDS_PER_PROFILE with the log on, then off, for ROUNDS rounds in alternating order; then
# bench/profile_report.py prints the CPU per request of each group of threads with the log on and off, the filter's
# own work on the request threads method by method, and the log writer's heaviest frames. The profiler costs the node
# about a tenth of its requests/s, alike in both states.
#   bench/log-profile.sh                                   /getcookie, 16 connections, 20 cookies, 4 rounds of 10 s
#   CONNECTIONS=256 COOKIES=tutorial ROUNDS=2 bench/log-profile.sh
source "$(dirname "$0")/lib.sh"

URL_PATH=${URL_PATH:-/getcookie} CONNECTIONS=${CONNECTIONS:-16} COOKIES=${COOKIES:-twenty}
ROUNDS=${ROUNDS:-4} SECONDS_PER_PROFILE=${SECONDS_PER_PROFILE:-10} PORT=18085
PROFILER_VERSION=4.2
wrk_pid=
trap 'if [ -n "$wrk_pid" ]; then kill "$wrk_pid" 2>/dev/null || true; fi; stop_node log-profile' EXIT

prepare
agent="$WORK/async-profiler-$PROFILER_VERSION/linux-x64/libasyncProfiler.so"
if [ ! -f "$agent" ]; then
  (cd "$ROOT" && mvn -B -q dependency:copy -DoutputDirectory="$WORK" \
    -Dartifact="tools.profiler:async-profiler:$PROFILER_VERSION:jar:linux-x64")
  unzip -q -o "$WORK/async-profiler-$PROFILER_VERSION-linux-x64.jar" 'linux-x64/*' -d "$WORK/async-profiler-$PROFILER_VERSION"
fi
out="$WORK/log-profile"
rm -rf "$out" && mkdir -p "$out"

# Without DebugNonSafepoints a profiler attached to a running JVM puts samples of inlined code on the wrong frames.
JAVA_OPTS="${JAVA_OPTS:-} -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints" \
  start_node log-profile $PORT "$ROOT/target/cookie-lab.war"
header=$(cookie_header "$COOKIES")
url="http://127.0.0.1:$PORT$URL_PATH"
# At 256 connections a node is still compiling after 40 s of load: its first profile then showed the JIT busy, so the
# warm-up is longer than log-cost.sh's, and the report shows each profile's JIT time.
warm_up_log log-profile "$url" "$CONNECTIONS" "$header" 15 3

start_steady_load "$url" "$CONNECTIONS" "$((ROUNDS * 2 * (SECONDS_PER_PROFILE + 5) + 120))" "$header"
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); $URL_PATH, $CONNECTIONS connections, $COOKIES cookies, $ROUNDS rounds of ${SECONDS_PER_PROFILE}s per state"
java "$BENCH/SwitchLog.java" "$(node_pid log-profile)" profile "$agent" "$ROUNDS" "$SECONDS_PER_PROFILE" "$out" \
  | tee "$out/requests.txt"
steady_load_held
python3 "$BENCH/profile_report.py" "$out/requests.txt"
