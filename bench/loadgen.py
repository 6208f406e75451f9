"""Open-loop HTTP load generator for POST /screen, run in its own process (bench/serving.py starts it).

    python -m bench.loadgen --port P --payloads payloads.json --rate 500 --seconds 10 --out result.json

Request i is due at start + i / rate whatever the server does (open loop). It goes out on the first idle
keep-alive connection (at most --connections); its latency runs from the moment it was due, so a
server that falls behind shows as latency, not as a slower send rate (no coordinated omission).
Every answer is checked against the answer the in-process engine gave (written by the caller into the
payloads file). The client is hand-written HTTP/1.1 over asyncio streams: a general client (httpx)
costs more CPU per request than the server it measures on a 2-core machine.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

HOST = "127.0.0.1"  # loopback only


def _loads():
    try:
        import orjson
        return orjson.loads
    except ImportError:  # pragma: no cover - orjson is a dependency
        return json.loads


def _answer(doc: dict) -> list:
    """What is compared with the in-process engine: the classification and every program's outcome."""
    return [doc["classification"]["outcome"], sorted([p["program"], p["outcome"]] for p in doc["programs"])]


class Connection:
    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer

    async def post(self, head: bytes, body: bytes) -> tuple[int, bytes]:
        self.writer.write(head + body)
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split(b" ", 2)[1])
        length = None
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        if length is None:
            raise ConnectionError("no content-length")
        return status, await self.reader.readexactly(length)


async def run(port: int, payloads: list, rate: float, seconds: float, connections: int, timeout: float) -> dict:
    loads = _loads()
    bodies = [(json.dumps(p["request"]).encode(), p["expected"]) for p in payloads]
    heads = [(f"POST /screen HTTP/1.1\r\nHost: {HOST}:{port}\r\nContent-Type: application/json\r\n"
              f"Content-Length: {len(b)}\r\n\r\n").encode() for b, _e in bodies]
    idle: asyncio.Queue = asyncio.Queue()
    opened = 0
    lat, errors, wrong = [], {}, 0

    async def connection() -> Connection:
        nonlocal opened
        try:
            return idle.get_nowait()
        except asyncio.QueueEmpty:
            pass
        if opened < connections:
            opened += 1
            try:
                return Connection(*await asyncio.open_connection(HOST, port))
            except OSError:
                opened -= 1
                raise
        return await idle.get()

    async def one(i: int, due: float):
        nonlocal wrong, opened
        body, expected = bodies[i % len(bodies)]
        conn = None
        try:
            conn = await asyncio.wait_for(connection(), timeout)
            status, data = await asyncio.wait_for(conn.post(heads[i % len(heads)], body), timeout)
        except Exception as exc:  # noqa: BLE001 - counted and reported
            key = type(exc).__name__
            errors[key] = errors.get(key, 0) + 1
            if conn is not None:
                conn.writer.close()
                opened -= 1
            return
        lat.append(time.perf_counter() - due)
        idle.put_nowait(conn)
        if status != 200:
            errors[str(status)] = errors.get(str(status), 0) + 1
        elif _answer(loads(data)) != expected:
            wrong += 1

    n = int(rate * seconds)
    tasks = []
    start = time.perf_counter()
    for i in range(n):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(i, due)))
    sent_s = time.perf_counter() - start
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - start
    while not idle.empty():
        idle.get_nowait().writer.close()
    return {"sent": n, "send_s": sent_s, "elapsed_s": elapsed, "latencies_s": lat, "errors": errors,
            "wrong": wrong, "connections": opened}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--payloads", required=True)
    ap.add_argument("--rate", type=float, default=500)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    with open(a.payloads, encoding="utf-8") as f:
        payloads = json.load(f)
    try:
        import uvloop
        runner = uvloop.run
    except ImportError:  # pragma: no cover
        runner = asyncio.run
    t_cpu = time.process_time()
    res = runner(run(a.port, payloads, a.rate, a.seconds, a.connections, a.timeout))
    res["client_cpu_s"] = time.process_time() - t_cpu
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(res, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
