"""Instructions per call under callgrind: a deterministic per-call figure beside the noisy CPU time.

On a shared 2-core machine wall and CPU time per call swing by 2x between rounds, so a 5% change cannot
be told from noise. ``valgrind --tool=callgrind`` counts the instructions the client process executes
(hardware counters are not available here), and the count moves by about 1% from run to run. One worker
process under callgrind builds each client in turn, warms it up uncounted, then makes ``CALLS`` calls
inside ``functools.reduce``: callgrind collects only inside that C function (``--toggle-collect``) and
dumps the count after it (``--dump-after``), so start-up, imports and set-up are not counted and each
dump is one client's calls. The server is the canned server in another process, not counted.

    python benchmarks/instructions.py [--vendor oso_cloud ...] [--client NAME ...]

A count is not time (a cache miss or a syscall costs more than an add), so targets stay judged on CPU
time; the count is what makes an A/B decision about our own Python code trustworthy. Skipped where
valgrind is not installed (or the interpreter has no ``functools_reduce`` symbol).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from canned_server import CannedServer  # noqa: E402
from vendor_calls import VENDORS, Call, Calls, make_oci_key  # noqa: E402

CALLS = 50
WARM_UP = 10
_TOTALS = re.compile(r"^(?:summary|totals):\s*(\d+)", re.MULTILINE)


def _fast() -> httpx.BaseTransport:
    from policy_clients._fast_transport import FastHTTPTransport

    return FastHTTPTransport()


BUILDERS: dict[str, Callable[[Calls, str], Call]] = {
    "http.client keep-alive (floor)": lambda calls, vendor: calls.raw_http_client(vendor),
    "bare httpx.Client": lambda calls, vendor: calls.bare_httpx(vendor),
    "bare httpx.Client + FastHTTPTransport": lambda calls, vendor: calls.bare_httpx(vendor, transport=_fast()),
    "bare httpx.Client + facade OCI signer": lambda calls, vendor: calls.bare_httpx(vendor, auth=calls.oci_signer()),
    "facade (policy_clients + generated)": lambda calls, vendor: calls.facade(vendor),
    'facade, transport="fast" (FastHTTPTransport)': lambda calls, vendor: calls.facade(vendor, transport="fast"),
}


def clients_for(vendor: str) -> list[str]:
    """The client rows measured for a vendor (the signed bare-httpx baseline only for OCI)."""
    return [name for name in BUILDERS if vendor == "oci_identity" or "OCI signer" not in name]


def available() -> bool:
    """Whether callgrind can be run here."""
    return shutil.which("valgrind") is not None


def _worker(url: str, key_path: str, plan: list[tuple[str, str]], calls_each: int) -> None:
    """Inside callgrind: per (vendor, client), build, warm up uncounted, then ``calls_each`` calls in ``reduce``."""
    calls = Calls(url, oci_pem=Path(key_path).read_bytes())
    try:
        for vendor, client in plan:
            call = BUILDERS[client](calls, vendor)
            for _ in range(WARM_UP):
                call()
            functools.reduce(lambda _acc, _i: call(), range(calls_each), None)  # counted, then dumped
    finally:
        calls.close()


def _run(url: str, key_path: str, plan: list[tuple[str, str]], calls_each: int, out_dir: Path) -> list[int]:
    """Run the worker under callgrind; the instruction count of each client's calls, in plan order."""
    out = out_dir / "callgrind.out"
    command = [
        "valgrind",
        "--tool=callgrind",
        "--toggle-collect=functools_reduce",
        "--dump-after=functools_reduce",
        f"--callgrind-out-file={out}",
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        url,
        key_path,
        str(calls_each),
        json.dumps(plan),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same dict layouts, so the same work, in every run
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1800, check=False)  # noqa: S603
    dumps = sorted(out_dir.glob("callgrind.out.*"), key=lambda path: int(path.suffix[1:]))
    counts = [int(_TOTALS.findall(path.read_text())[-1]) for path in dumps]
    if done.returncode != 0 or len(counts) != len(plan) or not all(counts):
        # A missing or empty dump: the worker failed, or something under test called reduce itself.
        raise RuntimeError(f"callgrind worker gave {len(counts)} dumps for {len(plan)} clients: {done.stderr[-2000:]}")
    return counts


def measure(
    vendors: Iterable[str], clients: Iterable[str] | None = None, calls_each: int = CALLS
) -> dict[str, dict[str, float]] | None:
    """Instructions per call for each vendor's clients against one canned server (None without valgrind)."""
    if not available():
        return None
    wanted = set(clients) if clients is not None else None
    plan = [(vendor, name) for vendor in vendors for name in clients_for(vendor) if wanted is None or name in wanted]
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-callgrind-") as tmp, CannedServer() as server:
        key = make_oci_key(Path(tmp))  # one key made outside: generating one is random work
        counts = _run(server.url, str(key.path), plan, calls_each, Path(tmp))
    for (vendor, name), count in zip(plan, counts, strict=True):
        results.setdefault(vendor, {})[name] = count / calls_each
    return results


def main(argv: list[str] | None = None) -> int:
    """Print instructions per call and the ratio to bare httpx (or the signed baseline for OCI)."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--worker":
        _worker(args[1], args[2], [(v, c) for v, c in json.loads(args[4])], int(args[3]))
        return 0
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--vendor", nargs="+", choices=VENDORS, default=list(VENDORS))
    parser.add_argument("--client", nargs="+", choices=list(BUILDERS))
    parser.add_argument("--calls", type=int, default=CALLS, help="counted calls per client")
    options = parser.parse_args(args)
    if not available():
        print("valgrind is not installed", file=sys.stderr)
        return 1
    clients = options.client
    if clients is not None:
        clients = sorted({*clients, "bare httpx.Client"})
    results = measure(options.vendor, clients, options.calls) or {}
    for vendor, rows in results.items():
        base = rows.get("bare httpx.Client")  # OCI rows: compare with the signed baseline too
        for name, value in rows.items():
            ratio = f"{value / base:.3f}x" if base else "n/a"
            print(f"{vendor:14} {name:48} {value / 1e6:8.3f} M instr/call  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
