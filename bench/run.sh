#!/usr/bin/env bash
# The benchmark: Cookie Lab against a bare servlet, against itself with the traffic log off, and against
# the Flask tutorial on gunicorn, all on loopback, driven by wrk, interleaved A/B/A/B in one run.
# Cookie Lab runs on two nodes, one deployed with the traffic log on (cookielab.traffic.log=true), the other with it
# off; every round starts them anew with the roles swapped, so that what sets one JVM or port apart from another
# weighs alike on both sides of the ratio. For the two, it also takes the Tomcat process's CPU time per request
# (user + system, /proc/PID/stat): on a shared 2-core machine requests/s are noisier than the log's cost.
#   bench/run.sh                      5 s per run, 2 rounds (about 20 minutes)
#   SECONDS_PER_RUN=3 ROUNDS=1 PATHS="/getcookie" CONNECTIONS=16 bench/run.sh   a quicker, narrower run
# Needs: a JDK 17, Maven, curl, wrk; Flask is measured when python3-flask and gunicorn are installed
# (apt-get install -y wrk python3-flask gunicorn).
source "$(dirname "$0")/lib.sh"

SECS=${SECONDS_PER_RUN:-5}
ROUNDS=${ROUNDS:-2}
PATHS=${PATHS:-/getcookie /setcookie / /cookies}
CONNECTIONS=${CONNECTIONS:-16 256}
LAB_A=18080 LAB_B=18081 BASELINE=18082 FLASK=18083
RESULTS="$WORK/results.txt"

cleanup() {
  stop_node lab-a; stop_node lab-b; stop_node baseline
  [ -f "$WORK/gunicorn.pid" ] && kill "$(cat "$WORK/gunicorn.pid")" 2>/dev/null || true
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
prepare
start_node baseline $BASELINE "$WORK/baseline.war"
targets="lab lab-nolog baseline"
if command -v gunicorn >/dev/null && python3 -c 'import flask' 2>/dev/null; then
  (cd "$BENCH" && gunicorn -w 2 -b 127.0.0.1:$FLASK --daemon --pid "$WORK/gunicorn.pid" \
     --error-logfile "$WORK/gunicorn.log" flask_app:app)
  wait_for "http://127.0.0.1:$FLASK/getcookie"
  targets="$targets flask"
else
  echo "Flask or gunicorn missing: the Flask comparison is left out (apt-get install -y python3-flask gunicorn)"
fi

# roles ROUND: (re)starts the two Cookie Lab nodes; in odd rounds lab-a (port LAB_A) logs and lab-b does not, in
# even rounds the reverse.
roles() {
  stop_node lab-a; stop_node lab-b
  local a=true b=false
  [ $(($1 % 2)) -eq 1 ] || { a=false; b=true; }
  start_node lab-a $LAB_A "$ROOT/target/cookie-lab.war" cookielab.traffic.log=$a
  start_node lab-b $LAB_B "$ROOT/target/cookie-lab.war" cookielab.traffic.log=$b
  if [ $a = true ]; then LAB=$LAB_A NOLOG=$LAB_B on=lab-a off=lab-b; else LAB=$LAB_B NOLOG=$LAB_A on=lab-b off=lab-a; fi
}
node_of() { case $1 in lab) echo $on ;; lab-nolog) echo $off ;; esac; }
port_of() { case $1 in lab) echo $LAB ;; lab-nolog) echo $NOLOG ;; baseline) echo $BASELINE ;; flask) echo $FLASK ;; esac; }
serves() { [ "$1" != flask ] || [ "$2" = /getcookie ] || [ "$2" = /setcookie ]; }

# Loads URL in 5-second runs until a run is less than 5 % faster than the one before (at least WARMUP
# seconds, at most 60): the JIT takes longer on a busy machine than on an idle one.
warm_up() {
  local previous=0 rps elapsed=0
  while [ "$elapsed" -lt 60 ]; do
    rps=$(run_wrk "$1" 16 5 "$TWENTY" | cut -d' ' -f1)
    elapsed=$((elapsed + 5))
    if [ "$elapsed" -ge "${WARMUP:-10}" ] && [ $((rps * 100)) -lt $((previous * 105)) ]; then
      break
    fi
    previous=$rps
  done
}

TUTORIAL="Name=AskPython"
TWENTY=$(twenty_cookies)
warm_targets() {
  for target in "$@"; do
    for path in /getcookie /setcookie / /cookies; do
      # The JIT needs long enough on JSP and EL paths: shorter warm-ups halve what Cookie Lab measures.
      if serves "$target" "$path"; then
        warm_up "http://127.0.0.1:$(port_of "$target")$path"
      fi
    done
  done
}

echo "warming up..."
roles 1
warm_targets $targets
: >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  if [ "$round" -gt 1 ]; then
    roles "$round"
    warm_targets lab lab-nolog
  fi
  # Every other round runs the targets in reverse order (A B C D, D C B A, ...), so that no target always runs
  # just after another, and a drift over a round weighs alike on both of a pair. Where a target runs in its
  # round moved a ratio by up to 15 % here, and the two Cookie Lab nodes swap roles every round: give ROUNDS an
  # even number.
  order=$targets; [ $((round % 2)) -eq 0 ] && order=$(echo "$targets" | tr ' ' '\n' | tac | tr '\n' ' ')
  for path in $PATHS; do
    for conns in $CONNECTIONS; do
      for cookies in tutorial twenty; do
        header=$TUTORIAL; [ "$cookies" = twenty ] && header=$TWENTY
        for target in $order; do
          serves "$target" "$path" || continue
          # A second of load first: a server that sat idle while the others ran starts slow.
          run_wrk "http://127.0.0.1:$(port_of "$target")$path" "$conns" 1 "$header" >/dev/null
          node=$(node_of "$target")
          [ -n "$node" ] && ticks=$(cpu_ticks "$node")
          result=$(run_wrk "http://127.0.0.1:$(port_of "$target")$path" "$conns" "$SECS" "$header")
          # CPU microseconds per request; 0 for the targets whose CPU is not taken.
          cpu=0
          [ -n "$node" ] && cpu=$(awk -v t="$(( $(cpu_ticks "$node") - ticks ))" -v hz="$(getconf CLK_TCK)" \
            -v n="${result##* }" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
          echo "$path $conns $cookies $target $round $result $cpu" | tee -a "$RESULTS"
        done
      done
    done
  done
done
# Tomcat's log, its host's (where a webapp's exceptions go without logging settings) and the app's own
errors=$(cat "$WORK"/nodes/lab-[ab]/logs/{catalina,localhost,cookie-lab}.*.log 2>/dev/null | grep -c SEVERE || true)

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(java -version 2>&1 | head -1)"
echo "Tomcat $TOMCAT_VERSION, heap $HEAP, wrk 2 threads, ${SECS}s per run, $ROUNDS rounds interleaved; medians below"
python3 "$BENCH/report.py" "$RESULTS"
echo
echo "SEVERE lines in the two Cookie Lab nodes' logs: ${errors:-0} (bench/soak.sh watches the heap)"
