#!/usr/bin/env python3
"""Publish-to-visible across nodes: publishes articles through the nodes in turn and, for each one, polls every
node's home page (a cached page the change feed must drop) and search API (an index the change feed must
update) in parallel until they show it. Prints one line per publish and the p50/p99/max per node and overall.

Usage: publish-to-visible.py TOKEN COUNT PORT [PORT...]
Environment: WARMUP, publishes made first and not counted (default 5): the first API calls after a start load
Jackson's and the validator's classes and run cold code, which says nothing about a node that has been up.
POLL_MS, the pause between two looks by one poller (default 25): six pollers looking every 5 ms took about a
core of the two on the benchmark machine (a search or a 100 KB home page per look), which starved the nodes
they measured; 25 ms costs at most 25 ms of resolution.
"""
import json
import os
import sys
import threading
import time
import urllib.parse
import urllib.request

token, count, ports = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
SYLLABLES = "뷁꿻쀍퓌뭵쓂욟톓"
BOT = {"User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1)"}
POLL = int(os.environ.get("POLL_MS", "25")) / 1000


def get(port, path):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=BOT)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read().decode("utf-8")


def code(n):
    out = ""
    for _ in range(5):
        out += SYLLABLES[n % len(SYLLABLES)]
        n //= len(SYLLABLES)
    return out


def watch(port, check, start, results, key):
    while time.monotonic() - start < 30:
        try:
            if check(port):
                results[key] = (time.monotonic() - start) * 1000
                return
        except Exception:
            pass
        time.sleep(POLL)
    results[key] = float("inf")


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


times = {port: [] for port in ports}
run = int(time.time()) % 100000
warmup = int(os.environ.get("WARMUP", "5"))
for i in range(-warmup, count):
    origin = ports[i % len(ports)]
    headline = f"노드 벤치 속보 {code(run * 1000 + i + warmup)}"
    body = json.dumps({"section": "society", "headline": headline,
                       "bodyHtml": f"<p>{headline} 본문이다.</p>", "status": "PUBLISHED"}).encode()
    results = {}
    start = time.monotonic()
    threads = []
    word = headline.split()[-1]
    for port in ports:
        home = lambda p, h=headline: h in get(p, "/")
        search = lambda p, w=word: w in get(p, "/api/v1/search?q=" + urllib.parse.quote(w))
        for kind, check in (("home", home), ("search", search)):
            thread = threading.Thread(target=watch, args=(port, check, start, results, (port, kind)))
            thread.start()
            threads.append(thread)
    request = urllib.request.Request(f"http://127.0.0.1:{origin}/api/v1/articles", data=body, method="POST",
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=30).read()
    call = (time.monotonic() - start) * 1000
    for thread in threads:
        thread.join()
    line = [f"publish {i + 1} via :{origin} (API {call:.0f} ms):" if i >= 0 else f"warm-up via :{origin} (API {call:.0f} ms):"]
    for port in ports:
        visible = max(results[(port, "home")], results[(port, "search")])
        if i >= 0:
            times[port].append(visible)
        line.append(f":{port} home {results[(port, 'home')]:.0f} ms, search {results[(port, 'search')]:.0f} ms;")
    print(" ".join(line), flush=True)
    time.sleep(0.3)

everything = [t for port in ports for t in times[port]]
for port in ports:
    print(f"node :{port}: p50 {percentile(times[port], 50):.0f} ms, p99 {percentile(times[port], 99):.0f} ms, "
          f"max {max(times[port]):.0f} ms (home page and search both showing it)")
print(f"all nodes: p50 {percentile(everything, 50):.0f} ms, p99 {percentile(everything, 99):.0f} ms, "
      f"max {max(everything):.0f} ms over {len(everything)} publish-node pairs")
