#!/usr/bin/env python3
"""Memory per idle logged-in session, as a slope: opens SESSIONS logged-in FTP sessions against one running server
and reads the server's PSS (and RSS, threads, descriptors) from /proc at each checkpoint on the way, so that the cost
of one more session is the PSS growth between two checkpoints divided by the sessions added (what the JVM holds at
start, the heap it has not yet touched, does not count).

    idle.py --port P --pid SERVER_PID --user U --password W --sessions 50000 [--checkpoints 1000,20000,50000]

More than about 28,000 connections from one address to one port exhaust the ephemeral ports of that address, so the
clients bind to 127.0.0.1, 127.0.0.2, ... (SPREAD sessions each; loopback answers every 127/8 address). Each client
process raises its open-file limit to the hard limit (root may raise the hard limit up to fs.nr_open; bench/run
does it before starting the server); when the sessions need more descriptors than one process may open, they are
spread over several client processes. While the sessions fill, any session idle for 60 s sends NOOP, so that none reaches
the server's controlChannelTimeout (120 s by default) before the last checkpoint. Python stdlib only. Prints one JSON
line: the checkpoints and the slopes between them, in KiB per session.
"""
import argparse
import asyncio
import json
import multiprocessing
import os
import resource
import sys
import time


def server_memory(pid):
    """PSS and RSS in KiB, threads and open descriptors of the process."""
    pss = rss = 0
    with open(f'/proc/{pid}/smaps_rollup') as f:
        for line in f:
            if line.startswith('Pss:'):
                pss = int(line.split()[1])
            elif line.startswith('Rss:'):
                rss = int(line.split()[1])
    with open(f'/proc/{pid}/status') as f:
        threads = next(int(line.split()[1]) for line in f if line.startswith('Threads:'))
    return {'pss_kib': pss, 'rss_kib': rss, 'threads': threads, 'fds': len(os.listdir(f'/proc/{pid}/fd'))}


async def reply(reader, timeout):
    """The code of one (possibly multi-line) reply."""
    line = await asyncio.wait_for(reader.readline(), timeout)
    if not line:
        raise ConnectionError('closed by the server')
    code = line[:3]
    if line[3:4] == b'-':
        while not (line[:3] == code and line[3:4] == b' '):
            line = await asyncio.wait_for(reader.readline(), timeout)
            if not line:
                raise ConnectionError('closed by the server')
    return int(code)


class Session:
    __slots__ = ('reader', 'writer', 'last')

    def __init__(self, reader, writer):
        self.reader, self.writer, self.last = reader, writer, time.monotonic()


async def open_session(args, index, limit):
    source = f'127.0.0.{1 + index // args.spread}'
    async with limit:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection('127.0.0.1', args.port, local_addr=(source, 0)), args.timeout)
        try:
            expect = [(None, 220), (f'USER {args.user}', 331), (f'PASS {args.password}', 230)]
            for command, code in expect:
                if command:
                    writer.write(command.encode() + b'\r\n')
                got = await reply(reader, args.timeout)
                if got != code:
                    raise ConnectionError(f'{command or "banner"}: {got}')
        except BaseException:
            writer.close()
            raise
        return Session(reader, writer)


async def noop(session, timeout):
    session.writer.write(b'NOOP\r\n')
    code = await reply(session.reader, timeout)
    session.last = time.monotonic()
    return code == 200


async def keep_alive(sessions, stop):
    """NOOP on every session idle for 60 s while the others are being opened."""
    while not stop.is_set():
        now = time.monotonic()
        stale = [s for s in sessions if now - s.last > 60]
        for i in range(0, len(stale), 500):
            await asyncio.gather(*(noop(s, 30) for s in stale[i:i + 500]), return_exceptions=True)
        try:
            await asyncio.wait_for(stop.wait(), 5)
        except asyncio.TimeoutError:
            pass


class Worker:
    """One client process (each has its own open-file limit): opens, checks and closes sessions when told."""

    def __init__(self, args, capacity):
        self.capacity = capacity
        self.conn, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(target=worker_main, args=(args, child), daemon=True)
        self.process.start()
        self.held = 0  # sessions asked for
        self.sessions = 0  # sessions open

    def ask(self, *command):
        self.conn.send(command)
        return self.conn.recv()


def worker_main(args, conn):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    asyncio.run(worker_loop(args, conn))


async def worker_loop(args, conn):
    loop = asyncio.get_running_loop()
    sessions = []
    limit = asyncio.Semaphore(args.login_par)
    stop = asyncio.Event()
    keeper = asyncio.create_task(keep_alive(sessions, stop))
    while True:
        command = await loop.run_in_executor(None, conn.recv)
        if command[0] == 'open':
            _, first, count = command
            errors = []
            for done in asyncio.as_completed([open_session(args, i, limit) for i in range(first, first + count)]):
                try:
                    sessions.append(await done)
                except Exception as e:  # noqa: BLE001 -- counted and sampled in the result
                    errors.append(f'{type(e).__name__}: {e}'[:120])
            conn.send((len(sessions), errors))
        elif command[0] == 'check':
            stop.set()
            await keeper
            alive = 0
            for i in range(0, len(sessions), 500):
                alive += sum(r is True for r in await asyncio.gather(
                    *(noop(s, args.timeout) for s in sessions[i:i + 500]), return_exceptions=True))
            conn.send(alive)
        else:
            for s in sessions:
                s.writer.close()
            conn.send(0)
            return


def run(args):
    checkpoints = sorted({int(c) for c in args.checkpoints.split(',') if c and int(c) < args.sessions} | {args.sessions})
    per_process = resource.getrlimit(resource.RLIMIT_NOFILE)[1] - 256
    workers = [Worker(args, min(per_process, args.sessions - i))
               for i in range(0, args.sessions, per_process)]
    errors, points = [], []
    time.sleep(args.settle)
    points.append({'sessions': 0, **server_memory(args.pid)})
    started = time.monotonic()
    opened = 0
    for target in checkpoints:
        for w in workers:  # fill the workers in turn, each up to its capacity
            count = min(target - opened, w.capacity - w.held)
            if count > 0:
                w.held += count
                w.conn.send(('open', opened, count))
                opened += count
                w.sessions, failed = w.conn.recv()
                errors.extend(failed)
        time.sleep(args.settle)
        held = sum(w.sessions for w in workers)
        points.append({'sessions': held, 'seconds': round(time.monotonic() - started, 1), **server_memory(args.pid)})
        print(f'idle: {held} sessions, PSS {points[-1]["pss_kib"] // 1024} MiB', file=sys.stderr, flush=True)
    time.sleep(args.hold)
    alive = sum(w.ask('check') for w in workers)
    for w in workers:
        w.ask('close')
        w.process.join(10)
    slopes = []
    for a, b in zip(points, points[1:]):
        if b['sessions'] > a['sessions']:
            slopes.append({'from': a['sessions'], 'to': b['sessions'],
                           'kib_per_session_pss': round((b['pss_kib'] - a['pss_kib']) / (b['sessions'] - a['sessions']), 1)})
    result = {'test': 'idle_slope', 'sessions_requested': args.sessions, 'sessions_ok': points[-1]['sessions'],
              'failed': len(errors), 'alive_after': alive, 'client_processes': len(workers), 'points': points,
              'slopes': slopes}
    if errors:
        result['error_samples'] = sorted(set(errors))[:3]
    return result


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--port', type=int, required=True)
    p.add_argument('--pid', type=int, required=True, help='the server process, for /proc')
    p.add_argument('--user', required=True)
    p.add_argument('--password', required=True)
    p.add_argument('--sessions', type=int, required=True)
    p.add_argument('--checkpoints', default='1000,20000', help='session counts at which memory is read (comma list)')
    p.add_argument('--spread', type=int, default=10000, help='sessions per client address (127.0.0.1, .2, ...)')
    p.add_argument('--login-par', type=int, default=64, help='logins in flight at once')
    p.add_argument('--settle', type=float, default=3.0, help='seconds to wait before reading memory')
    p.add_argument('--timeout', type=float, default=60.0)
    p.add_argument('--hold', type=float, default=0.0, help='seconds to keep the sessions open after the last checkpoint')
    p.add_argument('--tag', action='append', default=[], help='KEY=VALUE added to the result line')
    args = p.parse_args()
    result = run(args)
    for tag in args.tag:
        key, _, value = tag.partition('=')
        result[key] = value
    print(json.dumps(result), flush=True)


if __name__ == '__main__':
    main()
