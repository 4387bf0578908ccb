#!/usr/bin/env python3
"""bench/farm: three apphost-ftp nodes on 127.0.0.2-4 (one shared config, one FTP port), N sessions on each.

Measures, from node ftp2: listing every session of the farm over HTTP (median, p90 of 50 listings after 10 warm-up),
Terminate of a session held by ftp3 until its client reads the 421 (median, p90 of 20), and what the engine adds per
node (threads named for JGroups, heap held by org.jgroups classes after a full GC). Usage: bench/farm/run.py [N [JAR...]]
(default 5000, target/apphost-ftp.jar; build it with mvn -B -q package -DskipTests). Several jars (a before and an after
build) are measured in turns, twice each (A B, then B A; BENCH_ROUNDS sets the rounds), and the medians of each jar's listings and their ratio end the output:
on a busy machine only a side-by-side comparison says anything. Each run also gives the CPU time the three nodes and
this client spent per listing (from /proc; the nodes' CPU when idle, measured for 5 s before, taken off), which a busy machine inflates far less than the wall time.
Nodes run with -Xmx1g and bin/apphost-ftp's serve options (SERVE_JAVA_OPTS); BENCH_JAVA_OPTS adds JVM options to every node; BENCH_WARMUP sets the listings before the measured 50 (default 10); BENCH_JFR=DIR records the listings of each node with JFR (profile settings) into
DIR/ftpN.jfr. Kills what it starts.
"""
import json, os, resource, shutil, signal, socket, statistics, subprocess, sys, tempfile, time, urllib.request

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JARS = sys.argv[2:] or [os.path.join(ROOT, "target", "apphost-ftp.jar")]
ADDRESSES = ["127.0.0.2", "127.0.0.3", "127.0.0.4"]
FTP, ADMIN, FARM = 24021, 24080, 24800
# what bin/apphost-ftp serve starts Java with (G1, the young generation capped at 32 MiB), so that a node here
# collects as an administrator's does; BENCH_JAVA_OPTS comes after and wins
SERVE_JAVA_OPTS = ["-XX:+UseG1GC", "-XX:MaxNewSize=32m"]
_, HARD = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (HARD, HARD))  # 3 x N client sockets in this process

CONFIG = f"""<configuration><system.applicationHost><sites>
 <site name="Bench" id="1"><bindings><binding protocol="ftp" bindingInformation="*:{FTP}:" /></bindings>
  <application path="/"><virtualDirectory path="/" physicalPath="ftproot" /></application>
  <ftpServer><connections unauthenticatedTimeout="600" controlChannelTimeout="600" />
   <security><ssl controlChannelPolicy="SslAllow" dataChannelPolicy="SslAllow" />
   <authentication><anonymousAuthentication enabled="true" /></authentication></security></ftpServer></site>
</sites></system.applicationHost><system.ftpServer>
 <management bindingInformation="127.0.0.1:{ADMIN}" />
 <farm enabled="true" name="bench" port="{FARM}" members="{','.join(ADDRESSES)}" secret="%FARM_SECRET%" />
</system.ftpServer></configuration>"""


def api(address, path, method="GET"):
    req = urllib.request.Request(f"http://{address}:{ADMIN}{path}", method=method, headers={"Authorization": "Bearer " + TOKEN})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.read()


def wait_for(cond, seconds):
    end = time.time() + seconds
    while time.time() < end:
        try:
            if cond():
                return
        except Exception:
            pass
        time.sleep(0.5)
    raise SystemExit("timed out")


def cpu_ms(pids):
    """User + system CPU time (ms) of the processes so far."""
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime in clock ticks
    return total * 1000 / os.sysconf("SC_CLK_TCK")


def thread_cpu_ms(pid):
    """CPU time (ms) of each kind of thread of a process so far: its name (15 characters, as the kernel keeps it) with
    digits dropped, so that GC worker threads, JGroups' pool and the admin endpoint's threads each add up."""
    kinds = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as f:
                text = f.read()
        except OSError:
            continue  # the thread ended meanwhile
        name = "".join(c for c in text[text.index("(") + 1:text.rindex(")")] if not c.isdigit()).rstrip("#-,")
        fields = text.rsplit(")", 1)[1].split()
        kinds[name] = kinds.get(name, 0) + (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    return kinds


def own_cpu_ms():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return (r.ru_utime + r.ru_stime) * 1000


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


CPU = []


def bench(JAR):
    """One run of the whole scenario with JAR; returns the listing times (ms)."""
    global TOKEN
    times = []
    work = tempfile.mkdtemp(prefix="farm-bench")
    os.makedirs(os.path.join(work, "ftproot"))
    with open(os.path.join(work, "applicationHost.config"), "w") as f:
        f.write(CONFIG)
    nodes, sockets = [], []
    try:
        env = dict(os.environ, FARM_SECRET="bench-farm-secret-0123456789")
        for i, a in enumerate(ADDRESSES):
            opts = os.environ.get("BENCH_JAVA_OPTS", "").replace("NODE", f"ftp{i + 2}").split()
            nodes.append(subprocess.Popen(["java", "-Xmx1g", *SERVE_JAVA_OPTS, *opts, "-jar", JAR, "serve", "--config", os.path.join(work, "applicationHost.config"),
                                           "--node", f"ftp{i + 2}", "--address", a, "--admin", f"{a}:{ADMIN}"], env=env,
                                          stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, f"ftp{i + 2}.log"), "w")))
        TOKEN = None
        wait_for(lambda: os.path.exists(os.path.join(work, "management.token")), 300)
        TOKEN = open(os.path.join(work, "management.token")).read().strip()
        wait_for(lambda: len(json.loads(api("127.0.0.2", "/api/status"))["farm"]["nodes"]) == 3, 180)
        for a in ADDRESSES:
            for _ in range(N):
                s = socket.create_connection((a, FTP))
                sockets.append(s)
        for s in sockets:
            s.recv(200)  # the greeting: the session exists
        wait_for(lambda: len(json.loads(api("127.0.0.2", "/api/sessions"))["sessions"]) == 3 * N, 120)
        for _ in range(int(os.environ.get("BENCH_WARMUP", "10"))):  # listings before the measured 50
            api("127.0.0.2", "/api/sessions")
        jfr = os.environ.get("BENCH_JFR")
        if jfr:
            for i, p in enumerate(nodes):
                subprocess.run(["jcmd", str(p.pid), "JFR.start", "name=listing", "settings=profile"], capture_output=True)
        idle, idle_start = cpu_ms(p.pid for p in nodes), time.perf_counter()
        time.sleep(5)  # what the nodes spend with no listing (MINA's idle checks of every session, heartbeats)
        idle_rate = (cpu_ms(p.pid for p in nodes) - idle) / (time.perf_counter() - idle_start)
        times = []
        threads_before = [thread_cpu_ms(p.pid) for p in nodes]
        cpu, own, start = cpu_ms(p.pid for p in nodes), own_cpu_ms(), time.perf_counter()
        for _ in range(50):
            t = time.perf_counter()
            body = api("127.0.0.2", "/api/sessions")
            times.append((time.perf_counter() - t) * 1000)
        elapsed = time.perf_counter() - start
        cpu, own = (cpu_ms(p.pid for p in nodes) - cpu - idle_rate * elapsed) / 50, (own_cpu_ms() - own) / 50
        CPU.append(cpu)
        for i, p in enumerate(nodes):  # which threads spent it (idle time not taken off), the five busiest kinds
            after = thread_cpu_ms(p.pid)
            spent = sorted(((after[k] - threads_before[i].get(k, 0)) / 50, k) for k in after)[::-1][:5]
            print(f"  ftp{i + 2} CPU per listing by thread: " + ", ".join(f"{k} {ms:.1f} ms" for ms, k in spent if ms > 0))
        if jfr:
            for i, p in enumerate(nodes):
                subprocess.run(["jcmd", str(p.pid), "JFR.stop", "name=listing", f"filename={jfr}/ftp{i + 2}.jfr"], capture_output=True)
        print(f"listing {3 * N} sessions of 3 nodes from ftp2: median {statistics.median(times):.1f} ms, p90 {pct(times, 90):.1f} ms "
              f"(min {min(times):.1f}, p75 {pct(times, 75):.1f}, max {max(times):.1f}) "
              f"({len(body) // 1024} KiB); CPU per listing: nodes {cpu:.1f} ms, client {own:.1f} ms (load {os.getloadavg()[0]:.1f})")
        victims = json.loads(api("127.0.0.2", "/api/sessions?serverName=ftp3"))["sessions"]
        by_port = {s.getsockname()[1]: s for s in sockets[N:2 * N]}
        term = []
        for v in victims[:20]:
            s = by_port[v["clientPort"]]
            t = time.perf_counter()
            api("127.0.0.2", "/api/sessions/" + v["sessionId"], "DELETE")
            reply = s.recv(200)
            term.append((time.perf_counter() - t) * 1000)
            assert reply.startswith(b"421"), reply
        print(f"Terminate from ftp2 of a session on ftp3, to the client's 421: median {statistics.median(term):.1f} ms, "
              f"p90 {pct(term, 90):.1f} ms")
        for i, p in enumerate(nodes):
            threads = subprocess.run(["jcmd", str(p.pid), "Thread.print"], capture_output=True, text=True).stdout
            engine_threads = sum(1 for line in threads.splitlines() if line.startswith('"') and
                                 any(k in line for k in ("jgroups", "TCP", "FD_SOCK", "Timer", "MERGE", "NAKACK", "UNICAST",
                                                         "STABLE", "VERIFY", "FD_ALL", "Connection", "GMS", "ViewHandler")))
            histo = subprocess.run(["jcmd", str(p.pid), "GC.class_histogram"], capture_output=True, text=True).stdout
            engine_bytes = sum(int(l.split()[2]) for l in histo.splitlines() if "org.jgroups" in l and l.split()[0].endswith(":"))
            heap = subprocess.run(["jcmd", str(p.pid), "GC.heap_info"], capture_output=True, text=True).stdout
            used = [l for l in heap.splitlines() if "used" in l][:1]
            print(f"ftp{i + 2}: engine threads {engine_threads}, heap in org.jgroups objects {engine_bytes / 1024:.0f} KiB "
                  f"(after a full GC; their byte[] buffers not counted); whole heap: {used[0].strip() if used else '?'}")
    finally:
        for s in sockets:
            s.close()
        for p in nodes:
            p.send_signal(signal.SIGKILL)
            p.wait()
        shutil.rmtree(work, ignore_errors=True)
    return times


if len(JARS) == 1:
    bench(JARS[0])
else:
    listings = {jar: [] for jar in JARS}
    cpus = {jar: [] for jar in JARS}
    for r in range(int(os.environ.get("BENCH_ROUNDS", "2"))):
        for jar in (JARS if r % 2 == 0 else JARS[::-1]):  # the order rotates: no jar always runs first
            print(f"--- {jar} (load {os.getloadavg()[0]:.1f})", flush=True)
            listings[jar] += bench(jar)
            cpus[jar].append(CPU[-1])
    for jar in JARS:
        print(f"{jar}: {len(listings[jar])} listings, median {statistics.median(listings[jar]):.1f} ms, p90 {pct(listings[jar], 90):.1f} ms, "
              f"nodes' CPU per listing {statistics.mean(cpus[jar]):.1f} ms")
    a, b = JARS[0], JARS[-1]
    print(f"ratio {b} / {a}: median {statistics.median(listings[b]) / statistics.median(listings[a]):.2f}, "
          f"p90 {pct(listings[b], 90) / pct(listings[a], 90):.2f}")
