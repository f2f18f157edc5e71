#!/usr/bin/env bash
# What the traffic log costs on one node: the log switched on and off over JMX every run, requests/s of each, and
# Tomcat's CPU per request split by thread (request threads, the log's writer, GC, JIT) from /proc.
#   bench/log-cost.sh                                   /getcookie, 16 connections, 20 cookies, 6 rounds of 8 s
#   URL_PATH=/setcookie CONNECTIONS=256 COOKIES=tutorial ROUNDS=6 bench/log-cost.sh
source "$(dirname "$0")/lib.sh"

URL_PATH=${URL_PATH:-/getcookie} CONNECTIONS=${CONNECTIONS:-16} COOKIES=${COOKIES:-twenty}
SECS=${SECONDS_PER_RUN:-8} ROUNDS=${ROUNDS:-6} PORT=18084
trap 'stop_node log-cost' EXIT

prepare
start_node log-cost $PORT "$ROOT/target/cookie-lab.war"
pid=$(node_pid log-cost)
header="Name=AskPython"; [ "$COOKIES" = twenty ] && header=$(twenty_cookies)
url="http://127.0.0.1:$PORT$URL_PATH"
echo "warming up with the log on and off..."
for state in on off on off; do
  switch_log log-cost "$state"
  run_wrk "$url" "$CONNECTIONS" 10 "$header" >/dev/null
done

results=$(mktemp)
for round in $(seq 1 "$ROUNDS"); do
  # Alternate which state runs first, so that a drift within a round weighs alike on both.
  states="on off"; [ $((round % 2)) -eq 0 ] && states="off on"
  for state in $states; do
    switch_log log-cost "$state"
    run_wrk "$url" "$CONNECTIONS" 1 "$header" >/dev/null
    before=$(python3 "$BENCH/thread_cpu.py" "$pid")
    wrk -t2 -c"$CONNECTIONS" -d"${SECS}s" -H "Cookie: $header" "$url" >"$results.wrk"
    after=$(python3 "$BENCH/thread_cpu.py" "$pid")
    requests=$(awk '/requests in/ { print $1 }' "$results.wrk")
    printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$state" "$requests" "$before" "$after" >>"$results"
  done
done

echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); $URL_PATH, $CONNECTIONS connections, $COOKIES cookies, $ROUNDS rounds of ${SECS}s"
python3 - "$results" "$SECS" "$(getconf CLK_TCK)" <<'PY'
import json, statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
secs, hz = float(sys.argv[2]), int(sys.argv[3])
runs = {}
for round_, state, requests, before, after in rows:
    before, after = json.loads(before), json.loads(after)
    per_request = {group: (after[group] - before.get(group, 0)) * 1e6 / hz / int(requests) for group in after}
    runs.setdefault(round_, {})[state] = (int(requests) / secs, per_request)
groups = ["requests", "log-writer", "gc", "jit", "other"]
print(f"{'round':<6}{'log':<5}{'req/s':>8}{'cpu us/req':>11}" + "".join(f"{g:>11}" for g in groups))
for round_, states in runs.items():
    for state, (rps, cpu) in states.items():
        print(f"{round_:<6}{state:<5}{rps:>8.0f}{sum(cpu.values()):>11.1f}" + "".join(f"{cpu.get(g, 0):>11.1f}" for g in groups))
ratios = [s["on"][0] / s["off"][0] for s in runs.values()]
writer = [s["on"][1].get("log-writer", 0) / sum(s["on"][1].values()) for s in runs.values()]
print(f"requests/s log on / off per round: {' '.join(f'{r:.2f}' for r in ratios)}; median {statistics.median(ratios):.2f}")
print(f"log writer's share of the node's CPU with the log on: median {100 * statistics.median(writer):.1f} %")
PY
rm -f "$results" "$results.wrk"
