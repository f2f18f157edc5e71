#!/usr/bin/env bash
# Which handler should write the traffic log? Four nodes of the same WAR side by side, differing only in how the
# line reaches its file (JULI's AsyncFileHandler, FileHandler with a flush per line, FileHandler buffered and flushed
# each second by the filter, the WAR's default; and the log off), loaded in turn with wrk on /getcookie at 16 connections, with the tutorial's cookie and
# with 20, in interleaved rounds (each round in another order). For each run it takes the node's CPU time per request
# (/proc/PID/stat), and at the end the lines each node wrote against the requests it answered.
#   bench/handlers.sh                      7 rounds of 6 s runs (about 10 minutes)
#   ROUNDS=3 SECONDS_PER_RUN=4 bench/handlers.sh
# Needs: a JDK 17, Maven, curl, wrk, zip. Run it with nothing else loading the machine.
source "$(dirname "$0")/lib.sh"

SECS=${SECONDS_PER_RUN:-6}
ROUNDS=${ROUNDS:-7}
NODES="async flush buffered off"
RESULTS="$WORK/handlers.txt"
declare -A PORT=([async]=18090 [flush]=18091 [buffered]=18092 [off]=18094)

cleanup() { for node in $NODES; do stop_node "h-$node"; done; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
prepare
WAR="$WORK/handlers-lab.war"
cp "$ROOT/target/cookie-lab.war" "$WAR"

# variant NAME SED: the WAR with its logging.properties' traffic handler rewritten by SED.
variant() {
  local dir="$WORK/variant-$1"
  rm -rf "$dir" && mkdir -p "$dir/WEB-INF/classes"
  unzip -p "$WAR" WEB-INF/classes/logging.properties | sed "$2" >"$dir/WEB-INF/classes/logging.properties"
  cp "$WAR" "$WORK/handlers-$1.war"
  (cd "$dir" && zip -q "$WORK/handlers-$1.war" WEB-INF/classes/logging.properties)
}
# JULI's FileHandler flushes after every line unless it has a bufferSize; AsyncFileHandler hands lines to a thread.
variant flush '/1traffic.org.apache.juli.FileHandler.bufferSize/d'
variant async '/1traffic.org.apache.juli.FileHandler.bufferSize/d; s/1traffic\.org\.apache\.juli\.FileHandler/1traffic.org.apache.juli.AsyncFileHandler/g'

# AsyncFileHandler drops lines when its queue is full unless told to wait.
LOG_OPTS="$LOG_OPTS -Dorg.apache.juli.AsyncOverflowDropType=3" start_node h-async ${PORT[async]} "$WORK/handlers-async.war"
start_node h-flush ${PORT[flush]} "$WORK/handlers-flush.war"
start_node h-buffered ${PORT[buffered]} "$WAR"
start_node h-off ${PORT[off]} "$WAR" cookielab.traffic.log=false

TWENTY=$(twenty_cookies)
header_of() { if [ "$1" = twenty ]; then echo "$TWENTY"; else echo "Name=AskPython"; fi; }
declare -A SENT
echo "warming up..."
for node in $NODES; do
  for cookies in tutorial twenty; do
    r=$(run_wrk "http://127.0.0.1:${PORT[$node]}/getcookie" 16 15 "$(header_of $cookies)")
    SENT[$node]=$(( ${SENT[$node]:-0} + ${r##* } ))
  done
done
: >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  # Each round starts at another node, so that none always runs just after another.
  order=$(echo $NODES $NODES | cut -d' ' -f$(( (round - 1) % 4 + 1 ))-$(( (round - 1) % 4 + 4 )))
  for cookies in tutorial twenty; do
    header=$(header_of $cookies)
    for node in $order; do
      url="http://127.0.0.1:${PORT[$node]}/getcookie"
      r=$(run_wrk "$url" 16 1 "$header"); SENT[$node]=$(( ${SENT[$node]} + ${r##* } ))
      ticks=$(cpu_ticks "h-$node")
      result=$(run_wrk "$url" 16 "$SECS" "$header")
      SENT[$node]=$(( ${SENT[$node]} + ${result##* } ))
      cpu=$(awk -v t="$(( $(cpu_ticks "h-$node") - ticks ))" -v hz="$(getconf CLK_TCK)" -v n="${result##* }" \
        'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
      echo "$cookies $node $round $result $cpu" | tee -a "$RESULTS"
    done
  done
done
sleep 2  # a buffered line is in its file within a second
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "Tomcat $TOMCAT_VERSION, heap $HEAP, /getcookie, 16 connections, ${SECS}s per run, $ROUNDS rounds; medians"
python3 - "$RESULTS" <<'PY'
import statistics, sys
from collections import defaultdict
cpu = defaultdict(list); rps = defaultdict(list); p99 = defaultdict(list)
for line in open(sys.argv[1]):
    cookies, node, round_, r, p50, p_99, errors, non2xx, requests, c = line.split()
    cpu[(cookies, node)].append(float(c)); rps[(cookies, node)].append(float(r)); p99[(cookies, node)].append(float(p_99))
print(f"{'handler':10} {'tutorial CPU us/req':>20} {'20 cookies CPU us/req':>22} {'worse':>7} {'req/s tut/20':>14} {'p99 ms tut/20':>14}")
for node in "async flush buffered off".split():
    t, w = statistics.median(cpu[("tutorial", node)]), statistics.median(cpu[("twenty", node)])
    print(f"{node:10} {t:20.1f} {w:22.1f} {max(t / statistics.median(cpu[('tutorial', 'off')]), w / statistics.median(cpu[('twenty', 'off')])):7.2f}"
          f" {statistics.median(rps[('tutorial', node)]):7.0f}/{statistics.median(rps[('twenty', node)]):<6.0f}"
          f" {statistics.median(p99[('tutorial', node)]):6.2f}/{statistics.median(p99[('twenty', node)]):<6.2f}")
print("worse: the larger of on / off over the two cookie cases (1.00 = free)")
PY
echo
echo "lines written / requests answered:"
for node in async flush buffered; do
  lines=$(cat "$WORK"/nodes/h-$node/logs/cookie-traffic*.log 2>/dev/null | grep -c 'GET /getcookie' || true)
  echo "  $node: $lines / ${SENT[$node]}"
done
