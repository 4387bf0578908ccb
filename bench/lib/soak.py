#!/usr/bin/env python3
"""The load of bench/soak: SESSIONS FTP clients looping uploads and downloads with checksums, Terminates spread over
the run through the admin endpoint, a configuration save every 2 s (two valid variants and one invalid, in turn),
logins with a wrong password mixed in. Samples the server's RSS, threads and descriptors; at the end checks the
files on disk, the sessions collection, leaks and the server log, prints the figures as JSON lines and a summary, and
exits 1 when a check fails.

usage: soak.py --pid PID --port P --admin-port A --token-file F --data DIR --config FILE --variants A B BAD
               --log SERVER_LOG --user U --password PW [--seconds S] [--sessions N] [--terminates N]"""
import argparse, ftplib, hashlib, io, json, multiprocessing, os, random, re, subprocess, sys, threading, time, urllib.error, urllib.request

ap = argparse.ArgumentParser()
for name in ("--pid", "--port", "--admin-port", "--sessions", "--terminates"):
    ap.add_argument(name, type=int, default={"--sessions": 200, "--terminates": 1000}.get(name))
for name in ("--token-file", "--data", "--config", "--log", "--user", "--password"):
    ap.add_argument(name, required=True)
ap.add_argument("--variants", nargs=3, required=True)
ap.add_argument("--seconds", type=float, default=300)
a = ap.parse_args()

token = open(a.token_file).read().strip()
stop = threading.Event()
lock = threading.Lock()
count = {k: 0 for k in ("uploads226", "uploadsNot226", "downloads", "downloadMismatch", "wrongPasswordRefused",
                        "wrongPasswordAccepted", "logins", "clientErrors", "terminated", "terminateNotFound", "saves",
                        "invalidSaves")}
# per path: the contents (sha256, or None for "absent") it may have now; one worker owns each path
acceptable = {}

def bump(key, n=1):
    with lock:
        count[key] += n

def admin(method, path):
    req = urllib.request.Request(f"http://127.0.0.1:{a.admin_port}{path}", method=method,
                                 headers={"Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()

def sessions():
    status, body = admin("GET", "/api/sessions")
    return json.loads(body)["sessions"] if status == 200 else None

def proc(pid):
    st = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            st[k] = v.strip()
    return {"rssKiB": int(st["VmRSS"].split()[0]), "threads": int(st["Threads"]), "fds": len(os.listdir(f"/proc/{pid}/fd"))}

def worker(n):
    rnd = random.Random(n)
    paths = [f"soak/w{n}/f{k}.bin" for k in range(3)]
    for p in paths:
        acceptable.setdefault(p, {None})
    while not stop.is_set():
        ftp = ftplib.FTP()
        try:
            ftp.connect("127.0.0.1", a.port, timeout=30)
            if rnd.random() < 0.1:  # a wrong password now and then
                try:
                    ftp.login(a.user, "wrong-" + a.password)
                    bump("wrongPasswordAccepted")
                except ftplib.error_perm:
                    bump("wrongPasswordRefused")
                ftp.close()
                ftp = ftplib.FTP()
                ftp.connect("127.0.0.1", a.port, timeout=30)
            ftp.login(a.user, a.password)
            bump("logins")
            try:
                ftp.mkd(f"soak/w{n}")
            except ftplib.error_perm:
                pass
            for _ in range(rnd.randint(3, 12)):
                if stop.is_set():
                    break
                path = rnd.choice(paths)
                if rnd.random() < 0.5:
                    data = rnd.randbytes(rnd.randint(1, 512 * 1024))
                    digest = hashlib.sha256(data).hexdigest()
                    with lock:
                        before = set(acceptable[path])
                        acceptable[path] = before | {digest}  # until the reply is known
                    try:
                        reply = ftp.storbinary("STOR " + path, io.BytesIO(data), blocksize=64 * 1024)
                    except BaseException:
                        bump("uploadsNot226")
                        raise
                    if reply.startswith("226"):
                        with lock:
                            acceptable[path] = {digest}
                        bump("uploads226")
                    else:
                        with lock:
                            acceptable[path] = before
                        bump("uploadsNot226")
                else:
                    with lock:
                        known = set(acceptable[path])
                    if len(known) != 1 or None in known:
                        continue
                    buf = io.BytesIO()
                    reply = ftp.retrbinary("RETR " + path, buf.write, blocksize=64 * 1024)
                    if reply.startswith("226"):
                        bump("downloads")
                        if hashlib.sha256(buf.getvalue()).hexdigest() not in known:
                            bump("downloadMismatch")
            ftp.quit()
        except (OSError, EOFError, ftplib.Error):
            bump("clientErrors")  # a Terminate, a reset, a refused reload moment: expected now and then
        finally:
            try:
                ftp.close()
            except OSError:
                pass

def terminator(total, seconds, stop_flag, terminated, not_found, latency_ms):
    """In a process of its own, so that the clients' threads do not slow it: Terminates at an even pace, picked from
    one listing a second, up to 8 at once (a Terminate answers when its session has ended)."""
    from concurrent.futures import ThreadPoolExecutor
    rnd = random.Random(7)
    interval = seconds / max(total, 1)
    start_at = time.time()
    done, live, listed_at = 0, [], 0
    times = []

    def terminate(victim):
        t0 = time.time()
        status, _ = admin("DELETE", "/api/sessions/" + victim)
        counter = terminated if status == 204 else not_found
        with counter.get_lock():
            counter.value += 1
        times.append(time.time() - t0)

    with ThreadPoolExecutor(8) as pool:
        while done < total and not stop_flag.is_set():
            due = min(total, int((time.time() - start_at) / interval) + 1)
            if done >= due:
                time.sleep(min(interval, 0.05))
                continue
            if time.time() - listed_at > 1 or not live:
                live = [s["sessionId"] for s in (sessions() or []) if s.get("userName")]
                listed_at = time.time()
                if not live:
                    time.sleep(0.1)
                    continue
            pool.submit(terminate, live.pop(rnd.randrange(len(live))))
            done += 1
    times.sort()
    if times:
        latency_ms[0], latency_ms[1] = int(1000 * times[len(times) // 2]), int(1000 * times[-1])

def saver():
    texts = [open(v).read() for v in a.variants]
    i = 0
    while not stop.wait(2):
        tmp = a.config + ".soak-tmp"
        with open(tmp, "w") as f:
            f.write(texts[i % 3])
        os.replace(tmp, a.config)  # as an editor saves: whole
        bump("saves")
        if i % 3 == 2:
            bump("invalidSaves")
        i += 1
    with open(a.config + ".soak-tmp", "w") as f:
        f.write(texts[0])
    os.replace(a.config + ".soak-tmp", a.config)

# ------------------------------------------------------------------------------------------------------ run
before = proc(a.pid)
stop_flag, terminated, not_found = multiprocessing.Event(), multiprocessing.Value("i", 0), multiprocessing.Value("i", 0)
terminate_ms = multiprocessing.Array("i", 2)
terminations = multiprocessing.Process(target=terminator, args=(a.terminates, a.seconds * 0.9, stop_flag, terminated,
                                                                not_found, terminate_ms))
terminations.start()  # forked before any thread starts
start = time.time()
threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(a.sessions)]
threads.append(threading.Thread(target=saver, daemon=True))
for t in threads:
    t.start()
def live_heap_kib():
    """The heap in use right after a full collection (jcmd GC.run, then GC.heap_info), or None without jcmd."""
    try:
        subprocess.run(["jcmd", str(a.pid), "GC.run"], capture_output=True, timeout=60, check=True)
        info = subprocess.run(["jcmd", str(a.pid), "GC.heap_info"], capture_output=True, text=True, timeout=60).stdout
        m = re.search(r"used (\d+)K", info)
        return int(m.group(1)) if m else None
    except (OSError, subprocess.SubprocessError):
        return None

warmup = min(60, a.seconds * 0.25)
samples = []
heap_warm = heap_end = None
while time.time() - start < a.seconds:
    time.sleep(min(5, max(0.1, a.seconds - (time.time() - start))))
    s = proc(a.pid); s["t"] = round(time.time() - start, 1); samples.append(s)
    if heap_warm is None and s["t"] >= warmup:
        heap_warm = live_heap_kib()
    if heap_end is None and a.seconds - s["t"] < 10:
        heap_end = live_heap_kib()  # still under load, as at warm-up
    print(json.dumps({"sample": s, **{k: count[k] for k in ("uploads226", "downloads", "saves")}, "terminated": terminated.value}),
          flush=True)
stop.set()
stop_flag.set()
for t in threads:
    t.join(60)
terminations.join(60)
count["terminated"], count["terminateNotFound"] = terminated.value, not_found.value
count["terminateMedianMs"], count["terminateMaxMs"] = terminate_ms[0], terminate_ms[1]

# ------------------------------------------------------------------------------------------------------ checks
deadline = time.time() + 30
left = None
while time.time() < deadline:
    left = sessions()
    if left == []:
        break
    time.sleep(0.5)
empty_after = round(time.time() - (deadline - 30), 1)
# thread pools end unused threads after their keep-alive (60 s at most): wait until the counts settle
settle = time.time() + 90
after = proc(a.pid)
while time.time() < settle and (after["threads"] > before["threads"] + 10 or after["fds"] > before["fds"] + 10):
    time.sleep(5)
    after = proc(a.pid)
thread_names = {}
for task in os.listdir(f"/proc/{a.pid}/task"):
    try:
        name = open(f"/proc/{a.pid}/task/{task}/comm").read().strip().rstrip("0123456789-")
    except OSError:
        continue
    thread_names[name] = thread_names.get(name, 0) + 1

lost, checked = [], 0
for path, ok in acceptable.items():
    file = os.path.join(a.data, path)
    now = hashlib.sha256(open(file, "rb").read()).hexdigest() if os.path.exists(file) else None
    checked += 1
    if now not in ok:
        lost.append(f"{path}: {os.path.getsize(file) if now else 'no'} bytes on disk, none of the {len(ok)} expected contents")

warm = [s for s in samples if s["t"] >= warmup]
rss_warm, rss_end = (warm[0]["rssKiB"], warm[-1]["rssKiB"]) if warm else (None, None)
growth = round(100.0 * (rss_end - rss_warm) / rss_warm, 1) if warm else None
errors, expected = [], 0
config_name = os.path.basename(a.config)
with open(a.log, errors="replace") as f:
    for line in f:
        if " ERROR " in line[:40]:
            if "the running configuration is kept" in line or config_name + ":" in line:
                expected += 1
            else:
                errors.append(line.rstrip())

checks = {
    "every upload that got 226 is on disk byte for byte, no file lost its previous content": not lost,
    "every download matched its checksum": count["downloadMismatch"] == 0,
    "wrong passwords were refused": count["wrongPasswordAccepted"] == 0,
    "the sessions collection returned to empty": left == [],
    "RSS grew less than 10% after warm-up": growth is not None and growth < 10,
    "no thread leak (at most 10 more than before)": after["threads"] <= before["threads"] + 10,
    "no descriptor leak (at most 10 more than before)": after["fds"] <= before["fds"] + 10,
    "no ERROR in the log but the invalid saves'": not errors and (expected > 0 or count["invalidSaves"] == 0),
}
summary = {"seconds": a.seconds, "sessions": a.sessions, **count, "filesChecked": checked, "filesLost": len(lost),
           "sessionsLeft": None if left is None else len(left), "emptyAfterSeconds": empty_after,
           "rssKiBBefore": before["rssKiB"], "rssKiBAfterWarmup": rss_warm, "rssKiBEnd": rss_end, "rssGrowthPercent": growth,
           "liveHeapKiBAfterWarmup": heap_warm, "liveHeapKiBEnd": heap_end,
           "threadsBefore": before["threads"], "threadsAfter": after["threads"], "fdsBefore": before["fds"],
           "fdsAfter": after["fds"], "threadsByName": thread_names, "expectedErrorLines": expected, "otherErrorLines": len(errors)}
print(json.dumps({"summary": summary}), flush=True)
print()
for k, v in summary.items():
    if k != "threadsByName":
        print(f"  {k:24} {v}")
print()
for name, ok in checks.items():
    print(f"  {'ok  ' if ok else 'FAIL'} {name}")
for path in lost[:10]:
    print(f"       lost: {path}")
if not checks["no thread leak (at most 10 more than before)"]:
    print("       threads by name: " + ", ".join(f"{k} {v}" for k, v in sorted(thread_names.items(), key=lambda kv: -kv[1])))
for line in errors[:10]:
    print(f"       {line[:200]}")
sys.exit(0 if all(checks.values()) else 1)
