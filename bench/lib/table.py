#!/usr/bin/env python3
"""The benchmark table of bench/run: every figure of the performance issue, the peers beside apphost-ftp ("custom"
in the result lines), the ratio to the best peer taken within each rep (then the median over reps), the target, and
whether it is met.

Reads OUT/plain/results.jsonl and OUT/tls/results.jsonl (the peers' measure.sh) and OUT/ours.jsonl (ours only: idle
memory at BENCH_SESSIONS, the session listing and Terminate). Usage: table.py --out OUT [--peers "vsftpd ..."]
"""
import argparse
import json
import os
import statistics

NAMES = {'vsftpd': 'vsftpd', 'vsftpd-noiso': 'vsftpd (no isolation)', 'pure-ftpd': 'Pure-FTPd', 'proftpd': 'ProFTPD',
         'mina': 'MINA 1.2.1', 'mina-nodelay': 'MINA + NODELAY', 'custom': 'apphost-ftp'}


def rows(path):
    if not os.path.exists(path):
        return []
    out = []
    with open(path) as f:
        for line in f:
            if line.startswith('{'):
                try:
                    out.append(json.loads(line))
                except ValueError:
                    pass
    return out


def select(rs, test, **kw):
    return [r for r in rs if r.get('test') == test and all(r.get(k) == v for k, v in kw.items())]


def slope_ends(r):
    """The idle test's checkpoints the headline slope spans: from the first at 1,000 sessions or more (the first
    thousand also pay for classes loaded and code compiled on the first logins) to the last."""
    points = r['points']
    first = next((p for p in points if p['sessions'] >= 1000 and p is not points[-1]), points[0])
    return first, points[-1]


def slope(first, last):
    n = last['sessions'] - first['sessions']
    return round((last['pss_kib'] - first['pss_kib']) / n, 1) if n > 0 else None


def med(vals):
    vals = [v for v in vals if v is not None]
    return statistics.median(vals) if vals else None


def fmt(v, digits=0):
    if v is None:
        return '–'
    return f'{v:,.{digits}f}'


class Figure:
    """One row: a value per server and rep, higher or lower is better, and a target."""

    def __init__(self, label, per_server, higher_better, target_ratio=None, target_abs=None, digits=0, unit=''):
        self.label, self.per_server, self.higher = label, per_server, higher_better
        self.target_ratio, self.target_abs, self.digits, self.unit = target_ratio, target_abs, digits, unit

    def median(self, server):
        return med(list(self.per_server.get(server, {}).values()))

    def ratio(self, peers):
        """ours / best peer within each rep (best peer / ours when lower is better), median over reps."""
        ours = self.per_server.get('custom', {})
        ratios = []
        for rep, v in ours.items():
            vals = [self.per_server.get(p, {}).get(rep) for p in peers]
            vals = [x for x in vals if x is not None]
            if v is None or not vals:
                continue
            best = max(vals) if self.higher else min(vals)
            if self.higher and best > 0:
                ratios.append(v / best)
            elif not self.higher and v > 0:
                ratios.append(best / v)
        return med(ratios)

    def verdict(self, peers):
        ours = self.median('custom')
        if ours is None:
            return 'not measured'
        if self.target_abs is not None:
            ok = ours >= self.target_abs if self.higher else ours <= self.target_abs
            return 'met' if ok else 'MISSED'
        r = self.ratio(peers)
        if r is None:
            return 'needs --peers'
        return 'met' if r >= self.target_ratio else 'MISSED'

    def target_text(self):
        if self.target_abs is not None:
            return ('≥ ' if self.higher else '≤ ') + fmt(self.target_abs, self.digits) + self.unit
        if self.target_ratio == 1:
            return '≥ best peer'
        return f'≥ {self.target_ratio:g}× best peer'


def by_server_rep(rs, metric):
    out = {}
    for r in rs:
        v = r.get(metric)
        if v is not None:
            out.setdefault(r.get('server'), {})[r.get('rep')] = v
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--peers', default='')
    ap.add_argument('--sessions', type=int, default=19500)
    ap.add_argument('--reps', type=int, default=3)
    a = ap.parse_args()
    peers = a.peers.split()
    plain = rows(os.path.join(a.out, 'plain', 'results.jsonl'))
    tls = rows(os.path.join(a.out, 'tls', 'results.jsonl'))
    ours = rows(os.path.join(a.out, 'ours.jsonl'))
    idle_ns = sorted({r.get('sessions_requested') for r in select(plain, 'idle')})
    idle_n = idle_ns[-1] if idle_ns else None

    figs = [
        Figure('RETR 1 GiB, MiB/s', by_server_rep(select(plain, 'get'), 'MiB_per_s'), True, 1),
        Figure('STOR 1 GiB, MiB/s', by_server_rep(select(plain, 'put'), 'MiB_per_s'), True, 1),
        Figure('login + LIST + QUIT per second, 4 clients', by_server_rep(select(plain, 'rps', conc=4), 'cycles_per_s'), True, 2),
        Figure('the same, 32 clients', by_server_rep(select(plain, 'rps', conc=32), 'cycles_per_s'), True, 2),
    ]
    if idle_n:
        figs.append(Figure(f'memory per idle logged-in session at {idle_n:,}, KiB (PSS)',
                           by_server_rep(select(plain, 'idle', sessions_requested=idle_n), 'kib_per_session_pss'), False,
                           target_abs=32, digits=1, unit=' KiB'))
    big = select(ours, 'idle_slope', figure='idle_big')
    if big:
        first, last = slope_ends(big[0])
        figs.append(Figure(f'memory per idle logged-in session, {first["sessions"]:,} → {last["sessions"]:,} (ours), KiB (PSS slope)',
                           {'custom': {r.get('rep'): slope(*slope_ends(r)) for r in big}}, False,
                           target_abs=16, digits=1, unit=' KiB'))
    admin = {}
    if idle_n:
        for r in select(plain, 'idle', sessions_requested=idle_n):
            if r.get('exec_s') is not None and r.get('server') != 'custom':
                admin.setdefault(r.get('server'), {})[r.get('rep')] = r['exec_s'] * 1000
    listing = select(ours, 'list_sessions')
    via = listing[0].get('via') if listing else ''
    for r in listing:
        admin.setdefault('custom', {})[r.get('rep')] = r.get('median_ms')
    list_n = listing[0].get('sessions') if listing else 5000
    figs.append(Figure(f'list all sessions, ms (peers: their tool at {idle_n or 0:,} sessions; ours: {list_n:,} via {via or "–"})',
                       admin, False, target_abs=20, digits=1, unit=' ms'))
    figs += [
        Figure('FTPS RETR 1 GiB, MiB/s', by_server_rep(select(tls, 'get'), 'MiB_per_s'), True, 1),
        Figure('FTPS STOR 1 GiB, MiB/s', by_server_rep(select(tls, 'put'), 'MiB_per_s'), True, 1),
        Figure('FTPS logins (login + LIST + QUIT) per second, 32 clients',
               by_server_rep(select(tls, 'rps', conc=32), 'cycles_per_s'), True, 1.5),
    ]
    term = select(ours, 'terminate')
    figs.append(Figure('Terminate to client seeing 421, mid-transfer, ms',
                       {'custom': {r.get('rep'): r.get('median_ms') for r in term}}, False, target_abs=50, digits=1, unit=' ms'))

    cols = peers + ['custom']
    print(f'apphost-ftp benchmark: {a.reps} rep(s), medians over reps; ratio = apphost-ftp / best peer within each rep '
          f'(best peer / apphost-ftp where lower is better), median over reps\n')
    print('| figure | ' + ' | '.join(NAMES.get(c, c) for c in cols) + ' | ratio to best peer | target | |')
    print('|---|' + '---|' * len(cols) + '---|---|---|')
    for f in figs:
        cells = [fmt(f.median(c), f.digits) for c in cols]
        r = f.ratio(peers) if peers else None
        print(f'| {f.label} | ' + ' | '.join(cells) + f" | {fmt(r, 2) + '×' if r is not None else '–'} | {f.target_text()} | {f.verdict(peers)} |")
    notes = []
    for r in listing:
        notes.append(f"listing {r['listed']:,} sessions via {r['via']}: first {r['first_ms']} ms, median {r['median_ms']} ms, "
                     f"p90 {r['p90_ms']} ms, max {r['max_ms']} ms over {r['reps']} calls")
    for r in term:
        notes.append(f"Terminate ({r['reps']} downloads, {r['idle_sessions']:,} idle sessions connected, via {r['via']}): 421 after "
                     f"median {r['median_ms']} ms, max {r['max_ms']} ms; data connection ended after median "
                     f"{r['data_end_median_ms']} ms, max {r['data_end_max_ms']} ms; at most {r['max_received_mib']} MiB of 1024 arrived; "
                     f"{r['missing']} without a 421")
    for r in big:
        steps = ', '.join(f"{p['sessions']:,}: {p['pss_kib'] // 1024} MiB" for p in r['points'])
        slopes = ', '.join(f"{s['from']:,} → {s['to']:,}: {s['kib_per_session_pss']} KiB" for s in r['slopes'])
        notes.append(f"idle up to {r['sessions_requested']:,}: {r['sessions_ok']:,} logged in ({r['client_processes']} client "
                     f"process(es)), {r['alive_after']:,} alive at the end, threads {r['points'][-1]['threads']}; PSS {steps}; "
                     f"per session {slopes}")
    errs = [r for r in plain + tls if r.get('errors')]
    for r in errs:
        notes.append(f"{NAMES.get(r.get('server'), r.get('server'))} {r['test']} c{r.get('conc')} rep {r.get('rep')}: "
                     f"{r['errors']} failed cycles, e.g. {(r.get('error_samples') or [''])[0]}")
    if notes:
        print()
        for n in notes:
            print('- ' + n)


if __name__ == '__main__':
    main()
