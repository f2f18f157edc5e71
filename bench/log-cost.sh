#!/usr/bin/env bash
# What the traffic log costs one node under steady load: wrk keeps the node busy while bench/SwitchLog.java switches
# the log on and off over JMX every slice (on off off on ...), and prints each slice's requests/s and CPU per
# request (the process, its request threads, the log's writer), then each log-on slice against the log-off
# slices beside it.
#   bench/log-cost.sh                                      /getcookie, 16 connections, 20 cookies, 40 slices of 2 s
#   URL_PATH=/setcookie CONNECTIONS=256 COOKIES=tutorial SLICES=40 bench/log-cost.sh
source "$(dirname "$0")/lib.sh"

URL_PATH=${URL_PATH:-/getcookie} CONNECTIONS=${CONNECTIONS:-16} COOKIES=${COOKIES:-twenty}
SLICES=${SLICES:-40} SLICE_SECONDS=${SLICE_SECONDS:-2} PORT=18084
wrk_pid=
# (Written with if and || true: under set -e, a failing kill at the end of an && list ended the trap before
# stop_node, and the node outlived the run.)
trap 'if [ -n "$wrk_pid" ]; then kill "$wrk_pid" 2>/dev/null || true; fi; stop_node log-cost' EXIT

prepare
start_node log-cost $PORT "$ROOT/target/cookie-lab.war"
header=$(cookie_header "$COOKIES")
url="http://127.0.0.1:$PORT$URL_PATH"
warm_up_log log-cost "$url" "$CONNECTIONS" "$header" 10 2

# wrk runs well past the slices (each also waits half a second after the switch, and at 256 connections a run has
# taken 40 s longer than its slices) and is stopped after them; if it stopped first, the last slices were measured
# without load, and the run says so and fails.
start_steady_load "$url" "$CONNECTIONS" "$((2 * SLICES * (SLICE_SECONDS + 1) + 300))" "$header"
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); $URL_PATH, $CONNECTIONS connections, $COOKIES cookies, $SLICES slices of ${SLICE_SECONDS}s"
java "$BENCH/SwitchLog.java" "$(node_pid log-cost)" alternate "$SLICES" "$SLICE_SECONDS"
steady_load_held
