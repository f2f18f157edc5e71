"""Prints a JVM's CPU time so far, in clock ticks, per group of threads, as JSON: thread_cpu.py PID.

Linux cuts thread names to 15 characters in /proc, so the full names come from `jcmd PID Thread.print`,
asked again whenever a thread is new.
"""
import json
import os
import re
import subprocess
import sys

pid = sys.argv[1]
cache = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"thread-names-{pid}.json")
names = json.load(open(cache)) if os.path.exists(cache) else {}
tids = os.listdir(f"/proc/{pid}/task")
if any(tid not in names for tid in tids):
    dump = subprocess.run(["jcmd", pid, "Thread.print"], capture_output=True, text=True).stdout
    names = {str(int(m.group(2), 16)): m.group(1) for m in re.finditer(r'^"([^"]+)".*? nid=0x([0-9a-f]+)', dump, re.M)}
    json.dump(names, open(cache, "w"))


def group(name):
    if "-exec-" in name:
        return "requests"
    if name == "AsyncFileHandlerWriter-cookie-traffic":
        return "log-writer"
    if "GC" in name or name.startswith("G1"):
        return "gc"
    if "Compiler" in name:
        return "jit"
    return "other"


ticks = {}
for tid in tids:
    try:
        stat = open(f"/proc/{pid}/task/{tid}/stat").read()
    except OSError:
        continue
    fields = stat[stat.rindex(")") + 2:].split()
    name = names.get(tid, stat[stat.index("(") + 1:stat.rindex(")")])
    ticks[group(name)] = ticks.get(group(name), 0) + int(fields[11]) + int(fields[12])
print(json.dumps(ticks))
