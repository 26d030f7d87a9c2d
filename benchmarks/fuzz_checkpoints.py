"""A fuzz run over hostile checkpoint folders: the tiny reference checkpoints with their config.json, shard
index or safetensors headers mutated one way each, loaded with ``load_runtime`` and asked for one token.
With ``--hub``, also every kind of hostile answer the loopback hub (tests/hub/hub_server.py) can give a
pull: oversized, unannounced and endless bodies for metadata, config.json, small files and shards,
rate-limit waits beyond the bound, statuses that never clear, corrupt bytes, wrong Range answers.

Every outcome must be a success or a typed error (DesktopVlmError). Each input runs in a process of its
own, forked from one that has already imported torch, under an address-space cap of the imports plus
2 GiB, so a crash, a hang (over 60 s) or an unbounded allocation (MemoryError) is counted as a failure
instead of ending the run; the peak RSS of each input's process is recorded.

    .venv/bin/python benchmarks/fuzz_checkpoints.py --inputs 400 --hub
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import shutil
import struct
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "reference"
SEEDS = ("InternVL2_5-4B", "Mini-InternVL-Chat-4B-V1-5", "Vintern-3B-beta", "Mono-InternVL-2B", "Ristretto-3B")
INDEX = "model.safetensors.index.json"
EXTRA_ADDRESS_SPACE = 2 << 30
TIMEOUT_S = 60.0

# values a hostile or broken config puts where a number, string or section belongs
CONFIG_VALUES: tuple[Any, ...] = (
    0,
    -1,
    1,
    "64",
    1_000_000,
    2**40,
    10**30,
    None,
    3.5,
    True,
    [],
    {},
    float("nan"),
    1e308,
    "",
    [1, "a"],
)
SHARD_NAMES: tuple[Any, ...] = (
    "../x.safetensors",
    "/etc/passwd",
    "..\\x.safetensors",
    "a\u0000.safetensors",
    "config.json",
    "C:x.safetensors",
    5,
    None,
    "",
    "missing.safetensors",
)
DTYPES: tuple[Any, ...] = ("I16", "U8", "BOOL", "I64", "F64", "Q7", 5, None)


def _leaves(value: Any, path: tuple = ()) -> list[tuple]:
    """Every key path in a JSON object (sections included)."""
    out = []
    if isinstance(value, dict):
        for key, item in value.items():
            out.append(path + (key,))
            out.extend(_leaves(item, path + (key,)))
    return out


def mutate_config(folder: Path, rng: random.Random) -> str:
    config = json.loads((folder / "config.json").read_text())
    if rng.random() < 0.08:  # the whole file
        kind = rng.choice(["list", "string", "truncated", "nested", "binary"])
        text = {
            "list": b"[1, 2]",
            "string": b'"config"',
            "truncated": (folder / "config.json").read_bytes()[:200],
            "nested": b"[" * 100_000,
            "binary": bytes(range(256)),
        }[kind]
        (folder / "config.json").write_bytes(text)
        return f"config.json: {kind}"
    # sizes and sections matter most: pick them more often than the many generation settings
    paths = _leaves(config)
    wanted = [
        p
        for p in paths
        if p[-1] in ("vision_config", "llm_config")
        or "size" in str(p[-1])
        or "num_" in str(p[-1])
        or p[-1]
        in (
            "patch_size",
            "downsample_ratio",
            "vocab_size",
            "rope_theta",
            "hidden_act",
            "rms_norm_eps",
            "layer_norm_eps",
            "rope_scaling",
        )
    ]
    path = rng.choice(wanted if wanted and rng.random() < 0.7 else paths)
    parent = config
    for key in path[:-1]:
        parent = parent[key]
    if rng.random() < 0.15:
        del parent[path[-1]]
        change = "deleted"
    else:
        parent[path[-1]] = value = rng.choice(CONFIG_VALUES)
        change = f"= {value!r}"
    (folder / "config.json").write_text(json.dumps(config))
    return f"config {'.'.join(map(str, path))} {change}"


def mutate_index(folder: Path, rng: random.Random) -> str:
    if not (folder / INDEX).is_file():
        return mutate_header(folder, rng)
    index = json.loads((folder / INDEX).read_text())
    kind = rng.choice(["shape", "shard", "shard", "tensor", "empty", "nested"])
    if kind == "shape":
        index = rng.choice([[1, 2], {"weight_map": ["a"]}, {"weight_map": "x"}, "index", 5, None])
    elif kind == "shard":
        name = rng.choice(sorted(index["weight_map"]))
        index["weight_map"][name] = rng.choice(SHARD_NAMES)
    elif kind == "tensor":
        index["weight_map"]["not.in.any.shard"] = next(iter(index["weight_map"].values()))
    elif kind == "empty":
        index["weight_map"] = {}
    else:
        (folder / INDEX).write_text('{"weight_map": ' + "[" * 50_000)
        return "index: nested"
    (folder / INDEX).write_text(json.dumps(index))
    return f"index: {kind}"


def mutate_header(folder: Path, rng: random.Random) -> str:
    shard = rng.choice(sorted(folder.glob("*.safetensors")))
    raw = shard.read_bytes()
    (length,) = struct.unpack("<Q", raw[:8])
    header, data = json.loads(raw[8 : 8 + length]), raw[8 + length :]
    kind = rng.choice(["dtype", "shape", "offsets", "length", "bytes", "truncate", "append"])
    names = sorted(n for n in header if n != "__metadata__")
    entry = header[rng.choice(names)]
    if kind == "dtype":
        entry["dtype"] = rng.choice(DTYPES)
    elif kind == "shape":
        entry["shape"] = rng.choice([[-1], ["a"], [2**40, 2**40], entry["shape"] + [1], [], None, [0]])
    elif kind == "offsets":
        begin, end = entry["data_offsets"]
        entry["data_offsets"] = rng.choice([[end, begin], [0, 2**62], [-1, end], ["a", end], [begin], None])
    elif kind == "length":
        raw = struct.pack("<Q", rng.choice([0, 1, 2**63, len(raw), length + 1, length - 1])) + raw[8:]
        shard.write_bytes(raw)
        return f"{shard.name}: header length"
    elif kind == "bytes":
        flipped = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            flipped[8 + rng.randrange(length)] = rng.randrange(256)
        shard.write_bytes(bytes(flipped))
        return f"{shard.name}: header bytes flipped"
    elif kind == "truncate":
        shard.write_bytes(raw[: rng.randrange(len(raw))])
        return f"{shard.name}: truncated"
    else:
        shard.write_bytes(raw + b"\0" * rng.randint(1, 4096))
        return f"{shard.name}: bytes appended"
    text = json.dumps(header).encode()
    shard.write_bytes(struct.pack("<Q", len(text)) + text + data)
    return f"{shard.name}: {kind}"


MUTATIONS: dict[str, Callable[[Path, random.Random], str]] = {
    "config": mutate_config,
    "index": mutate_index,
    "header": mutate_header,
}


def _in_child(work: Callable[[], str], conn) -> None:
    """In the forked child: cap the address space, run ``work``, report (outcome, peak RSS in bytes, s)."""
    from desktop_vlm.core.errors import DesktopVlmError

    vm = int(open("/proc/self/status").read().split("VmSize:")[1].split()[0]) * 1024
    resource.setrlimit(resource.RLIMIT_AS, (vm + EXTRA_ADDRESS_SPACE, resource.RLIM_INFINITY))
    started = time.perf_counter()
    try:
        outcome = work()
    except DesktopVlmError as err:
        outcome = f"refused ({type(err).__name__})"
    except BaseException as err:  # anything else is a finding
        outcome = f"unexpected {type(err).__name__}: {str(err)[:160]}"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    conn.send((outcome, peak, time.perf_counter() - started))
    conn.close()


def load_and_ask(folder: Path) -> str:
    from desktop_vlm.core.types import GenerationParams
    from desktop_vlm.runtime import load_runtime
    from desktop_vlm.runtime.api import ChatRequest

    runtime = load_runtime(folder, device="cpu", dtype="float32")
    runtime.generate(ChatRequest("Hi", params=GenerationParams(max_new_tokens=1)))
    return "loaded and answered"


def _run(work: Callable[[], str]) -> tuple[str, int, float]:
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_in_child, args=(work, child))
    process.start()
    child.close()
    if parent.poll(TIMEOUT_S):
        try:
            result = parent.recv()
        except EOFError:
            result = None
    else:
        result = ("hang (>60 s)", 0, TIMEOUT_S)
        process.kill()
    process.join(10)
    if result is None:
        result = (f"crash (exit {process.exitcode})", 0, 0.0)
    return result


HUB_REPO = "OpenGVLab/InternVL2_5-4B"
HUB_FILES = ("@api", "config.json", "tokenizer.json", "model-00001-of-00002.safetensors")
HUB_FAULTS = (
    {"oversize": 64_000_000},
    {"oversize": 64_000_000, "announce": False},
    {"endless": True},
    {"status": 429, "rate_limit": 3600},
    {"status": 429, "rate_limit": 1, "times": 1},
    {"status": 503},
    {"status": 429, "retry_after": "Wed, 21 Oct 2099 07:28:00 GMT"},
    {"corrupt": True},
    {"drop_after": 1000},
    {"wrong_range": True, "drop_after": 200_000},
)


def pull_from_a_hostile_hub(name: str, fault: dict) -> Callable[[], str]:
    def work() -> str:
        from desktop_vlm.config.settings import HubSettings
        from desktop_vlm.hub import ModelStore, Puller
        from tests.hub.hub_server import FakeHub, make_repo

        with tempfile.TemporaryDirectory() as tmp, FakeHub({HUB_REPO: make_repo()}) as hub:
            hub.faults[name] = {"times": 1000} | fault
            Puller(ModelStore(Path(tmp)), HubSettings(endpoint=hub.url), read_timeout=5).pull(HUB_REPO)
        return "pulled"

    return work


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=10, help="list this many of the failing inputs")
    ap.add_argument("--hub", action="store_true", help="also every hostile answer of the loopback hub")
    args = ap.parse_args(argv)
    import desktop_vlm.runtime.loader  # noqa: F401  (imported once here, so each forked child starts warm)

    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    per_class: Counter[str] = Counter()
    failures: list[str] = []
    peak, peak_input = 0, ""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = {}
        for name in SEEDS:
            seeds[name] = Path(tmp) / "seeds" / name
            shutil.copytree(REFERENCE_DIR / name, seeds[name], ignore=shutil.ignore_patterns("reference.*", "*.png"))
        for i in range(args.inputs):
            seed = SEEDS[i % len(SEEDS)]
            kind = rng.choice(list(MUTATIONS))
            folder = Path(tmp) / f"input-{i}"
            shutil.copytree(seeds[seed], folder)
            what = f"{seed}: {MUTATIONS[kind](folder, rng)}"
            outcome, rss, _seconds = _run(lambda folder=folder: load_and_ask(folder))
            shutil.rmtree(folder, ignore_errors=True)
            per_class[kind] += 1
            outcomes[outcome.split(":")[0]] += 1
            if not outcome.startswith(("loaded", "refused")):
                failures.append(f"{what} -> {outcome}")
            if rss > peak:
                peak, peak_input = rss, what
    print(
        f"checkpoints: inputs tried: {args.inputs} ({dict(per_class)}) in {time.perf_counter() - started:.0f} s; "
        f"failures: {len(failures)}; peak RSS of one input's process: {peak / 2**20:.0f} MiB ({peak_input})"
    )
    print(f"outcomes: {dict(outcomes)}")
    for line in failures[: args.show]:
        print("  " + line)
    if args.hub:
        failures += _hub_run(args.show)
    print(f"command: python {' '.join(sys.argv)}")
    return 0 if not failures else 1


def _hub_run(show: int) -> list[str]:
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    peak, peak_input, started = 0, "", time.perf_counter()
    cases = [(name, fault) for name in HUB_FILES for fault in HUB_FAULTS]
    for name, fault in cases:
        outcome, rss, _seconds = _run(pull_from_a_hostile_hub(name, fault))
        outcomes[outcome.split(":")[0]] += 1
        if not outcome.startswith(("pulled", "refused")):
            failures.append(f"{name} {fault} -> {outcome}")
        if rss > peak:
            peak, peak_input = rss, f"{name} {fault}"
    print(
        f"hub: inputs tried: {len(cases)} in {time.perf_counter() - started:.0f} s; failures: {len(failures)}; "
        f"peak RSS of one input's process: {peak / 2**20:.0f} MiB ({peak_input})"
    )
    print(f"outcomes: {dict(outcomes)}")
    for line in failures[:show]:
        print("  " + line)
    return failures


if __name__ == "__main__":
    sys.exit(main())
