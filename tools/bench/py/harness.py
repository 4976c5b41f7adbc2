"""The CPython 3.12 side of `pyglass bench`: one worker process, the counterpart of
tools/bench/worker.ts. It reads one job as JSON on stdin, runs it, and prints one JSON object:
{"loops": L, "warmups": [s...], "wall": [s...], "cpu": [s...], "maxRss": bytes}, times in seconds
per run of the workload.

Jobs:
  {"workload": PATH, "params": ..., "warmups": W, "values": N, "loops": L or null}
      imports the workload file, calls setup(params) once (unmeasured), then run(state) W times
      unmeasured (at least once) and N values of L runs each, measured: wall time by
      time.perf_counter, CPU time by time.process_time (user + system), peak RSS of this
      process by getrusage. A null L is calibrated as tools/bench/worker.ts does: enough runs
      for a value to last MIN_VALUE_SECONDS, from the last warm-up's time.
  {"command": [argv...], "env": {...}, "cwd": PATH|null, "warmups": W, "values": N}
      runs the command W + N times: wall time around each execution, CPU time and peak RSS of
      the children from getrusage(RUSAGE_CHILDREN) (the same measurement for ours and CPython's
      command lines). A command that fails ends the job with its stderr.
"""
import importlib.util
import json
import math
import os
import resource
import subprocess
import sys
import time

# Linux reports ru_maxrss in KiB, macOS in bytes.
RSS_UNIT = 1 if sys.platform == "darwin" else 1024
MIN_VALUE_SECONDS = 0.2


def run_workload(job):
    spec = importlib.util.spec_from_file_location("pyglass_bench_workload", job["workload"])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    state = module.setup(job["params"])
    warmups, wall, cpu = [], [], []
    for _ in range(max(1, job["warmups"])):
        t0 = time.perf_counter()
        module.run(state)
        warmups.append(time.perf_counter() - t0)
    loops = job.get("loops") or max(1, math.ceil(MIN_VALUE_SECONDS / max(warmups[-1], 1e-9)))
    run = module.run
    for _ in range(job["values"]):
        c0 = time.process_time()
        t0 = time.perf_counter()
        for _ in range(loops):
            run(state)
        t1 = time.perf_counter()
        c1 = time.process_time()
        wall.append((t1 - t0) / loops)
        cpu.append((c1 - c0) / loops)
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * RSS_UNIT
    return {"loops": loops, "warmups": warmups, "wall": wall, "cpu": cpu, "maxRss": maxrss}


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_command(job):
    env = dict(os.environ)
    env.update(job.get("env") or {})
    warmups, wall, cpu = [], [], []
    for i in range(job["warmups"] + job["values"]):
        c0 = children_cpu()
        t0 = time.perf_counter()
        done = subprocess.run(job["command"], env=env, cwd=job.get("cwd"), stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        t1 = time.perf_counter()
        c1 = children_cpu()
        if done.returncode != 0:
            sys.stderr.write(done.stderr.decode("utf-8", "replace"))
            sys.stderr.write(f"command {job['command']!r} exited with status {done.returncode}\n")
            sys.exit(3)
        if i < job["warmups"]:
            warmups.append(t1 - t0)
        else:
            wall.append(t1 - t0)
            cpu.append(c1 - c0)
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * RSS_UNIT
    return {"loops": 1, "warmups": warmups, "wall": wall, "cpu": cpu, "maxRss": maxrss}


def main():
    job = json.load(sys.stdin)
    result = run_command(job) if "command" in job else run_workload(job)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
