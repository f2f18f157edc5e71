"""Prints where the traffic log's CPU goes, from bench/log-profile.sh's profiles (async-profiler, collapsed stacks).

Reads the lines SwitchLog's profile mode printed ("DIR/on-1.collapsed 151379 requests 14977 req/s") and each
profile they name. Every sample is a millisecond of CPU, so a frame's samples over the requests served while it was
recorded are its microseconds of CPU per request. Prints those for each group of threads with the log on and off,
then the filter's own work on the request threads (what it does besides calling the rest of the chain), method by
method, then the log writer's heaviest frames.
"""
import collections
import re
import sys

MICROS_PER_SAMPLE = 1000


def group(thread):
    if "-exec-" in thread:
        return "request threads"
    if thread.startswith("AsyncFileHandlerWriter-cookie-traffic"):
        return "log writer"
    if "Poller" in thread or "Acceptor" in thread:
        return "connector (poller, acceptor)"
    if "Compiler" in thread:
        return "JIT compiler"
    if thread.startswith(("GC Thread", "G1 ", "VM Thread")):
        return "GC and VM"
    return "other"


requests = {"on": 0, "off": 0}
profiles = []
threads = {"on": collections.Counter(), "off": collections.Counter()}
FILTER = "dev/cookielab/web/CookieTrafficFilter.doFilter"
# The filter's own work, by the method it called: what it does around the rest of the request (the chain).
filter_calls = {"on": collections.Counter(), "off": collections.Counter()}
writer_frames = collections.Counter()
for line in open(sys.argv[1]):
    match = re.match(r"(\S+/(on|off)-\d+\.collapsed) (\d+) requests", line)
    if not match:
        continue
    path, state, served = match[1], match[2], int(match[3])
    requests[state] += served
    compiling = 0
    for sample in open(path):
        stack, count = sample.rstrip("\n").rsplit(" ", 1)
        frames = stack.split(";")
        thread = group(re.sub(r" tid=\d+\]$", "", frames[0].lstrip("[")))
        threads[state][thread] += int(count)
        compiling += int(count) if thread == "JIT compiler" else 0
        if thread == "request threads" and FILTER in frames:
            below = frames[frames.index(FILTER) + 1:]
            if not below or not below[0].startswith("org/apache/catalina/core/ApplicationFilterChain"):
                filter_calls[state][below[0] if below else FILTER + " (itself)"] += int(count)
        elif thread == "log writer" and state == "on":
            # Each frame once per stack, so that a recursive frame is not counted twice: its inclusive time.
            for frame in set(frames[1:]):
                writer_frames[frame] += int(count)
    profiles.append(f"{path.rsplit('/', 1)[-1]:<18}{served:>9} requests, "
                    f"JIT compiler {compiling * MICROS_PER_SAMPLE / served:5.2f} us per request")


def micros(state, samples):
    return samples * MICROS_PER_SAMPLE / requests[state]


print("Each profile (a node still warming up shows its JIT compiler busy):")
print("\n".join(profiles))
print(f"\n{requests['on']} requests profiled with the log on, {requests['off']} with it off; CPU per request (us):")
print(f"{'':32}{'log on':>9}{'log off':>9}{'on - off':>10}")
total = {"on": 0.0, "off": 0.0}
for thread in sorted(set(threads["on"]) | set(threads["off"])):
    on, off = micros("on", threads["on"][thread]), micros("off", threads["off"][thread])
    total["on"] += on
    total["off"] += off
    print(f"{thread:32}{on:9.2f}{off:9.2f}{on - off:+10.2f}")
print(f"{'whole process':32}{total['on']:9.2f}{total['off']:9.2f}{total['on'] - total['off']:+10.2f}")

own = {state: micros(state, sum(filter_calls[state].values())) for state in ("on", "off")}
print(f"\nRequest threads: the filter's own work (not the rest of the chain): {own['on']:.2f} us per request with "
      f"the log on, {own['off']:.2f} off; the rest of their work {micros('on', threads['on']['request threads']) - own['on']:.2f}"
      f" and {micros('off', threads['off']['request threads']) - own['off']:.2f}. The filter's calls (on, off):")
for call in sorted(set(filter_calls["on"]) | set(filter_calls["off"]),
                   key=lambda frame: -micros("on", filter_calls["on"][frame]))[:12]:
    print(f"{micros('on', filter_calls['on'][call]):7.2f}{micros('off', filter_calls['off'][call]):7.2f}  {call}")

print("\nLog writer, log on: its heaviest frames (us per request, inclusive):")
for frame, samples in writer_frames.most_common(40)[5:]:
    print(f"{micros('on', samples):7.2f}  {frame}")
