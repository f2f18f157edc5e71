#!/usr/bin/env bash
# The soak: 256 connections for 5 minutes on a mixed workload (the tutorial's pages, the home page and the
# JSON listing, with a 20-cookie header), then the figures: socket errors, non-2xx, latency, heap after a
# full GC before and after, and ERROR/SEVERE lines in Tomcat's and the app's logs.
#   bench/soak.sh                    SOAK_SECONDS=60 bench/soak.sh for a shorter one
source "$(dirname "$0")/lib.sh"

SOAK_SECONDS=${SOAK_SECONDS:-300}
PORT=18085
trap 'stop_node soak' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
prepare
start_node soak $PORT "$ROOT/target/cookie-lab.war"

cat >"$WORK/mixed.lua" <<'LUA'
local paths = {"/getcookie", "/setcookie", "/", "/cookies"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

# Warm up in two steps. First 30 s at 16 connections, so that the JIT compiles the hot paths: a cold node
# thrown straight into 256 connections runs 200 request threads that leave the JIT's compiler threads a
# sliver of the 2 cores, and here it then took about 90 s to reach speed and timed requests out in the
# first 10 s (README, "Cold start"). Then 30 s at the soak's own 256 connections: Tomcat keeps a processor
# and its buffers per connection it has served (several MB for 256), and the heap "before" should already
# hold them.
echo "warming up..."
wrk -t2 -c16 -d30s -s "$WORK/mixed.lua" -H "Cookie: $(twenty_cookies)" "http://127.0.0.1:$PORT" >"$WORK/warmup-16.txt"
wrk -t2 -c256 -d30s -s "$WORK/mixed.lua" -H "Cookie: $(twenty_cookies)" "http://127.0.0.1:$PORT" >"$WORK/warmup.txt"
heap_before=$(heap_after_gc soak)
echo "soaking: 256 connections, ${SOAK_SECONDS}s..."
wrk -t2 -c256 -d"${SOAK_SECONDS}s" --latency -s "$WORK/mixed.lua" -H "Cookie: $(twenty_cookies)" \
  "http://127.0.0.1:$PORT" | tee "$WORK/soak.txt"
sleep 2 # let JULI's writer thread write what the traffic log queued
heap_after=$(heap_after_gc soak)

logs="$WORK/nodes/soak/logs"
# Tomcat's log, its host's, the app's own (logs/cookie-lab.*.log) and the console, where the app's lines are
# written too: a line there may be counted twice, and the figure is meant to be 0.
severe=$(cat "$logs"/{catalina,localhost,cookie-lab}.*.log "$logs"/catalina.out 2>/dev/null | grep -cE 'SEVERE|ERROR' || true)
traffic=$(cat "$logs"/cookie-traffic.*.log 2>/dev/null | wc -l)
# Every request is logged: wrk's count for the warm-up and the soak, against the lines in the traffic log.
requests=$(awk '/requests in/ { n += $1 } END { print n }' "$WORK/warmup-16.txt" "$WORK/warmup.txt" "$WORK/soak.txt")
echo
echo "Soak on $(nproc) cores, Tomcat $TOMCAT_VERSION, heap $HEAP, ${SOAK_SECONDS}s at 256 connections, mixed GETs:"
awk '/Requests\/sec/ { print "  requests/s: " $2 }
     /^ +50%/ { print "  p50: " $2 } /^ +99%/ { print "  p99: " $2 }
     /Socket errors/ { print "  " $0 } /Non-2xx/ { print "  " $0 }' "$WORK/soak.txt"
grep -q "Socket errors" "$WORK/soak.txt" || echo "  socket errors: 0"
grep -q "Non-2xx" "$WORK/soak.txt" || echo "  non-2xx responses: 0"
echo "  heap after full GC: ${heap_before} MB before, ${heap_after} MB after"
awk -v b="$heap_before" -v a="$heap_after" 'BEGIN { printf "  heap change: %+.1f%% (target: within 10%%)\n", (a - b) * 100 / b }'
echo "  ERROR/SEVERE lines in Tomcat's and the app's logs: $severe"
echo "  traffic log: $traffic lines for $requests requests completed by wrk (warm-up and soak; the few more are the start-up check and requests cut off when wrk stopped)"
