"""The runtime benchmark at tiny size (a smoke run for CI — no timing is asserted) and the
roofline arithmetic it reports against."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import roofline  # noqa: E402
import runtime_bench  # noqa: E402


@pytest.mark.parametrize("model", ["internvl2_5-4b", "mini-internvl-4b", "ristretto-3b", "mono-internvl-2b"])
def test_runtime_benchmark_runs_every_family_at_tiny_size(model, tmp_path, capsys):
    out = tmp_path / "result.json"
    argv = [
        "--model",
        model,
        "--size",
        "tiny",
        "--new-tokens",
        "4",
        "--repeats",
        "1",
        "--tiles",
        "1,6",
        "--device",
        "cpu",
        "--workdir",
        str(tmp_path),
        "--json",
        str(out),
    ]
    assert runtime_bench.main(argv) == 0
    result = json.loads(out.read_text())
    assert (tmp_path / f"{model}-tiny" / "config.json").is_file()  # kept for the next run with --workdir
    assert set(result["tiles"]) == {"1", "6"}
    assert result["hardware_after"]["bandwidth_gbs"] > 0 and result["hardware_after"]["matmul_tflops"] > 0
    for n, row in result["tiles"].items():
        ours, base, limits = row["ours"]["dynamic"], row["baseline"], row["limits"]
        assert ours["image_tiles"] == int(n)
        for value in (
            ours["ttft_s"],
            ours["decode_tok_s"],
            ours["second_turn_ttft_s"],
            base["ttft_s"],
            base["decode_tok_s"],
            base["second_turn_ttft_s"],
            limits["ttft_floor_s"],
            limits["decode_ceiling_tok_s"],
        ):
            assert math.isfinite(value) and value > 0
    # more tiles: more FLOPs to the first token, and a longer KV cache read per decoded token
    assert result["tiles"]["6"]["limits"]["ttft_flops"] > result["tiles"]["1"]["limits"]["ttft_flops"]
    assert (
        result["tiles"]["6"]["limits"]["decode_bytes_per_token"]
        > result["tiles"]["1"]["limits"]["decode_bytes_per_token"]
    )
    printed = capsys.readouterr().out
    assert "| 6 |" in printed and "% of ceiling" in printed


def test_several_decode_paths_are_measured_on_one_load_and_the_baseline_can_be_left_out(tmp_path, capsys):
    out = tmp_path / "result.json"
    argv = [
        "--size",
        "tiny",
        "--new-tokens",
        "4",
        "--repeats",
        "1",
        "--tiles",
        "1",
        "--device",
        "cpu",
        "--decode",
        "dynamic,static",
        "--no-baseline",
        "--workdir",
        str(tmp_path),
        "--json",
        str(out),
    ]
    assert runtime_bench.main(argv) == 0
    row = json.loads(out.read_text())["tiles"]["1"]
    assert set(row["ours"]) == {"dynamic", "static"} and row["baseline"] is None
    assert row["ours"]["static"]["prompt_tokens"] == row["ours"]["dynamic"]["prompt_tokens"] == 445
    assert "| 1 | 445 | static |" in capsys.readouterr().out


def test_flop_count_matches_the_arithmetic_and_halves_causal_attention():
    q = torch.randn(1, 4, 128, 32)
    x, w = torch.randn(10, 64), torch.randn(48, 64)
    assert roofline.count_flops(lambda: F.linear(x, w)) == 2 * 10 * 64 * 48
    full = 4 * 4 * 128 * 128 * 32  # QKᵀ and PV, 2 FLOPs per multiply-add
    assert roofline.count_flops(lambda: F.scaled_dot_product_attention(q, q, q)) == full
    causal = roofline.count_flops(lambda: F.scaled_dot_product_attention(q, q, q, is_causal=True))
    assert causal == full * 129 // 256
    mask = torch.ones(128, 128, dtype=torch.bool).tril()
    assert roofline.count_flops(lambda: F.scaled_dot_product_attention(q, q, q, attn_mask=mask)) == causal
    one_row = roofline.count_flops(lambda: F.scaled_dot_product_attention(q[:, :, :1], q, q, attn_mask=mask[:1]))
    assert one_row == 4 * 4 * 1 * 128 * 32  # a decode step attends to the whole cache


def test_decode_bytes_count_every_weight_but_the_embedding_lookup(tmp_path):
    from desktop_vlm.runtime import load_runtime
    from tests.conftest import REFERENCE_DIR

    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    decoder = runtime.model.decoder  # its written-out step holds the fused q/k/v weights, once
    lm = decoder.lm
    expected = sum(p.numel() * 4 for p in decoder.parameters()) - lm.get_input_embeddings().weight.numel() * 4
    assert roofline.decode_weight_bytes(runtime) == expected
    fused = sum(p.numel() * 4 for p in decoder.cpu_step.parameters())
    assert 0 < fused < expected
    c = lm.config
    assert (
        roofline.kv_bytes_per_token(runtime)
        == 2 * c.num_hidden_layers * c.num_key_value_heads * (c.hidden_size // c.num_attention_heads) * 4
    )


def test_mono_decode_bytes_leave_out_the_visual_experts():
    from desktop_vlm.runtime import load_runtime
    from tests.conftest import REFERENCE_DIR

    runtime = load_runtime(REFERENCE_DIR / "Mono-InternVL-2B", device="cpu", dtype="float32")
    decoder = runtime.model.decoder
    experts = sum(p.numel() for n, p in decoder.named_parameters() if ".feed_forward_ve." in n)
    embedding = decoder.model.tok_embeddings.weight.numel()
    assert experts > 0
    assert roofline.decode_weight_bytes(runtime) == 4 * (
        sum(p.numel() for p in decoder.parameters()) - experts - embedding
    )


def test_datasheet_lookup_prefers_the_specific_name():
    names = {
        "NVIDIA H100 PCIe": 2000,
        "NVIDIA H100 80GB HBM3": 3350,
        "NVIDIA H200": 4800,
        "NVIDIA A100-SXM4-80GB": 2039,
    }
    for name, bandwidth in names.items():
        assert next(bw for part, bw, _ in roofline.DATASHEETS if part in name) == bandwidth


def test_kv_cache_benchmark_runs_both_caches_and_puts_ours_back(tmp_path, capsys):
    import kv_cache_ab

    from desktop_vlm.runtime import kv_cache

    ours = kv_cache.new_cache
    argv = [
        "--model",
        "internvl2_5-4b",
        "--size",
        "tiny",
        "--tiles",
        "1",
        "--new-tokens",
        "2",
        "--rounds",
        "1",
        "--device",
        "cpu",
        "--workdir",
        str(tmp_path),
    ]
    assert kv_cache_ab.main(argv) == 0
    printed = capsys.readouterr().out
    assert "DynamicCache (concatenating): median" in printed and "ours (growing in place): median" in printed
    assert kv_cache.new_cache is ours


def test_cpu_precision_measures_every_product_on_the_capped_instruction_set():
    import cpu_precision

    timings = cpu_precision.measure(cpu_precision.CAPS["AVX2"], 1, (16, 32), (39,), positions=64)
    assert timings["ragged/39/unpadded"] > 0 and timings["ragged/39/padded"] > 0
    assert all(timings[f"attention/{kind}"] > 0 for kind in ("float32", "bfloat16", "widened"))
    for kind in ("float32", "bfloat16", "widened"):
        assert all(timings[f"{kind}/{rows}"] > 0 for rows in (1, 16, 32, 512))
    assert timings["bfloat16/1/aten"] > 0
    assert all(timings[f"conv/{kind}"] > 0 for kind in ("float32", "bfloat16", "widened"))


def test_cpu_decode_attention_alternates_both_variants_on_the_capped_instruction_set(tmp_path, capsys):
    import cpu_decode_attention

    argv = ["--size", "tiny", "--tiles", "1", "--new-tokens", "3", "--repeats", "1", "--workdir", str(tmp_path)]
    assert cpu_decode_attention.main(argv) == 0
    table = capsys.readouterr().out
    assert "(≥ 444 reused from the cache per repetition)" in table  # each repetition only decodes
    for label in cpu_decode_attention.VARIANTS:
        assert f"| {label} |" in table


def _run(ttft: float, decode: float, others: float, rss: float = 2e9) -> dict:
    return {
        "load_s": 1.0,
        "import_s": 0.5,
        "ttft_s": ttft,
        "vision_s": ttft / 4,
        "prefill_s": ttft * 3 / 4,
        "decode_tok_s": decode,
        "peak_rss": rss,
        "others_cores": others,
        "kernel": "k",
    }


def test_llamacpp_table_takes_medians_of_quiet_runs_only_and_divides_per_precision():
    import llamacpp_bench

    results = {
        "desktop-vlm, bf16": [_run(10, 2.0, 0.1), _run(12, 2.2, 0.0), _run(1, 99.0, 1.5)],  # the last is noisy
        "llama.cpp, BF16": [_run(20, 1.0, 0.2)],
        "desktop-vlm, int8": [_run(8, 4.2, 0.1, rss=1e9)],
        "llama.cpp, Q8_0": [_run(16, 4.0, 0.9), _run(16, 3.0, 0.0)],
    }
    table = llamacpp_bench.table(results, max_others=0.35)
    assert "| desktop-vlm, bf16 (2 of 3) | 1.0 s + 0.5 s | 11.0 s (2.8 / 8.2) | 2.10 |" in table
    assert "| llama.cpp, Q8_0 (1 of 2) |" in table
    assert "| bf16 | 1.82× | 1.72× | 2.10× | 1.00× | 1.00× | 1.00× | 1.00× |" in table
    assert "| int8 | 2.00× | 1.84× | 1.40× | 1.00× | 0.50× | 2.00× | 0.50× |" in table


def test_llamacpp_table_reports_crashed_runs_beside_the_medians_of_the_others():
    import llamacpp_bench

    crashed = {"failed": llamacpp_bench.exit_reason(-11), "stderr_tail": "", "others_cores": 0.0}
    results = {
        "desktop-vlm, int8": [_run(8, 4.2, 0.1)],
        "llama.cpp, Q8_0": [crashed, crashed],
        "llama.cpp, Q4_0": [crashed, _run(16, 3.0, 0.0)],
    }
    table = llamacpp_bench.table(results, max_others=0.35)
    assert "| llama.cpp, Q8_0 (failed in 2 of 2: SIGSEGV) | – |" in table
    assert "| llama.cpp, Q4_0 (1 of 1; failed in 1 more: SIGSEGV) | 1.0 s + 0.5 s | 16.0 s" in table
    assert "| int8 |" not in table  # nothing to divide by
    assert llamacpp_bench.exit_reason(3) == "exit status 3"


def test_llamacpp_bench_waits_for_a_quiet_machine_at_most_as_long_as_told(monkeypatch):
    import llamacpp_bench

    samples = iter([1.5, 1.2, 0.1])
    monkeypatch.setattr(llamacpp_bench, "others_cores", lambda sample_s=2.0: next(samples))
    assert llamacpp_bench.wait_for_quiet(0.35, wait_s=60) == 0.1
    monkeypatch.setattr(llamacpp_bench, "others_cores", lambda sample_s=2.0: 2.0)
    assert llamacpp_bench.wait_for_quiet(0.35, wait_s=0) == 2.0
    assert llamacpp_bench.cpu_busy_seconds() > 0


def _cached_bytes(path) -> int | None:
    """Bytes of ``path`` in the page cache, as util-linux's fincore reports them (None where it cannot)."""
    import shutil
    import subprocess

    if shutil.which("fincore") is None:
        return None
    done = subprocess.run(["fincore", "--bytes", "--noheadings", "--output", "RES", str(path)], capture_output=True)
    return int(done.stdout) if done.returncode == 0 and done.stdout.strip() else None


def test_llamacpp_bench_drops_files_from_the_page_cache_and_reads_them_back(tmp_path):
    import os

    import llamacpp_bench

    folder = tmp_path / "checkpoint"
    (folder / "nested").mkdir(parents=True)
    weights = folder / "nested" / "weights.bin"
    with open(weights, "wb") as fh:
        fh.write(os.urandom(4 << 20))
        fh.flush()
        os.fsync(fh.fileno())  # dirty pages cannot be dropped until written
    (folder / "config.json").write_text("{}")
    weights.read_bytes()
    before = _cached_bytes(weights)
    assert llamacpp_bench.drop_from_page_cache([folder, tmp_path / "never-written"]) == (4 << 20) + 2
    after = _cached_bytes(weights)
    assert llamacpp_bench.read_into_page_cache([folder]) == (4 << 20) + 2
    if before is not None and before > 0:  # on a filesystem that caches (not tmpfs) and with fincore
        assert after == 0
        assert _cached_bytes(weights) == 4 << 20


def test_llamacpp_bench_warm_up_leaves_our_quantised_weights_cached_for_the_first_timed_run(tmp_path):
    import llamacpp_bench
    from synthetic import ensure_checkpoint

    checkpoint = ensure_checkpoint("internvl2_5-4b", "tiny", tmp_path)
    common = {"image": str(llamacpp_bench.picture(tmp_path / "picture.png")), "new_tokens": 4, "threads": 1}
    ours = common | {"checkpoint": str(checkpoint), "quantize": "int8"}
    jobs = {
        "desktop-vlm, int8": ("ours", ours),
        "llama.cpp, Q8_0": ("llama", common | {"gguf": "not-read", "mmproj": "not-read"}),  # not warmed up
    }
    stored = llamacpp_bench.read_by("ours", ours)[1]  # where the first load keeps the int8 weights
    assert not stored.exists()
    warmed = llamacpp_bench.warm_up_ours(jobs, "native")
    assert list(warmed) == ["desktop-vlm, int8"]
    assert warmed["desktop-vlm, int8"]["kernel"].startswith("int8")
    assert stored.stat().st_size > 0


def test_gpu_suite_plans_every_family_and_the_quantised_and_graph_decodes():
    import gpu_suite
    from synthetic import synthetic_models

    steps = gpu_suite.plan()
    assert {s.model for s in steps} == set(synthetic_models())  # all five families
    internvl = [s for s in steps if s.model == "internvl2_5-4b"]
    assert {s.quantize for s in internvl} == {"none", "int8", "int4"}
    assert "graph" in internvl[0].decodes and internvl[0].baseline  # CUDA-graph decode on and off
    assert internvl[0].profile_first_token
    assert all("graph" in s.decodes for s in steps if s.model in ("mini-internvl-4b", "vintern-3b"))
    assert steps[-1].decodes == ("compiled",)  # minutes of inductor: only where the budget leaves room
    assert "graph" not in gpu_suite.decodes_on(internvl[0], "cpu")  # the dry run has no CUDA
    assert gpu_suite.decodes_on(internvl[0], "cuda") == internvl[0].decodes
    assert [s.model for s in gpu_suite.plan(["mono-internvl-2b"])] == ["mono-internvl-2b"]


def test_gpu_suite_dry_run_on_cpu_writes_json_and_a_table_and_keeps_to_its_budget(tmp_path):
    import gpu_suite

    argv = [
        str(tmp_path / "out"),
        "--size",
        "tiny",
        "--device",
        "cpu",
        "--tiles",
        "1",
        "--new-tokens",
        "2",
        "--repeats",
        "1",
        "--models",
        "mono-internvl-2b,vintern-3b",
        "--budget-s",
        "0",
    ]
    assert gpu_suite.main(argv) == 0
    result = json.loads((tmp_path / "out" / "results.json").read_text())
    assert [e["step"] for e in result["results"]] == ["mono-internvl-2b (dynamic)"]  # the budget stops the rest
    assert result["skipped"] == ["vintern-3b (dynamic)"]
    summary = (tmp_path / "out" / "summary.md").read_text()
    assert "| mono-internvl-2b-tiny | none | dynamic |" in summary and "Skipped (time budget): vintern-3b" in summary
    assert "decode steps of a few rows (lookup decoding)" in summary  # what a GPU run will say of them
    assert sorted(result["results"][0]["result"]["few_row_step_s"]) == ["1", "2", "4", "7"]
    # deleted after its steps; the skipped step's checkpoint, written in the background, is gone too
    assert not any((tmp_path / "out" / "checkpoints").iterdir())
    assert result["results"][0]["checkpoint_written_beside"] == "vintern-3b"


def test_a_checkpoint_written_in_the_background_is_waited_for_and_a_stopped_one_leaves_nothing(tmp_path):
    import synthetic

    synthetic.start_checkpoint("vintern-3b", "tiny", tmp_path)
    synthetic.start_checkpoint("vintern-3b", "tiny", tmp_path)  # already on its way: not a second writer
    assert len(synthetic._WRITING) == 1
    folder = synthetic.ensure_checkpoint("vintern-3b", "tiny", tmp_path)
    assert (folder / "config.json").is_file() and not synthetic._WRITING
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vintern-3b-tiny"]  # renamed into place

    synthetic.start_checkpoint("mono-internvl-2b", "tiny", tmp_path)
    synthetic.stop_writing()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vintern-3b-tiny"]  # no half-written folder


def test_the_baseline_attends_as_the_original_does_on_each_device():
    from types import SimpleNamespace

    from desktop_vlm.runtime import baseline

    assert baseline.original_attention(torch.device("cpu")) == "eager"
    assert baseline.original_attention(torch.device("cuda")) == "sdpa"  # the original's use_flash_attn=True
    towers = SimpleNamespace(decoder=SimpleNamespace(language_model=None))
    assert (
        baseline.OriginalAttention(SimpleNamespace(device=torch.device("cuda"), model=towers)).implementation == "sdpa"
    )


@torch.inference_mode()
def test_mono_baseline_with_fused_attention_gives_the_eager_logits(tmp_path):
    from transformers import DynamicCache

    from desktop_vlm.runtime import load_runtime
    from desktop_vlm.runtime.mono.baseline import MonoOriginalForward
    from desktop_vlm.runtime.mono.synthetic import write_checkpoint as write_mono_checkpoint

    decoder = load_runtime(write_mono_checkpoint(tmp_path / "m"), device="cpu", dtype="float32").model.decoder
    embeds = torch.randn(1, 12, decoder.model.tok_embeddings.weight.shape[1])
    visual = (torch.arange(12) % 3 == 0).float().view(1, 12, 1)
    logits = {}
    for fused in (False, True):
        forward, cache = MonoOriginalForward(decoder, fused=fused), DynamicCache()
        first = forward(embeds, visual, cache)
        logits[fused] = (first, forward(embeds[:, :1], None, cache))  # the prefill, then one cached step
    for eager, fused in zip(logits[False], logits[True]):
        assert torch.allclose(eager, fused, atol=1e-4)


def test_quantisation_quality_scores_every_answer_position_against_bf16(tmp_path, capsys):
    import quant_quality

    argv = ["--size", "tiny", "--workdir", str(tmp_path), "--new-tokens", "3"]
    assert quant_quality.main(argv) == 0
    table = capsys.readouterr().out
    positions = len(quant_quality.QUESTIONS) * 3
    for precision in ("float32", "int8", "int4"):  # float32: the noise floor of rounding alone
        row = next(line for line in table.splitlines() if line.startswith(f"| {precision} |"))
        agreement = float(row.split("|")[2].strip().rstrip("%"))
        assert 0 <= agreement <= 100 and f"| {positions} |" in row


@pytest.mark.parametrize("quantize", ["none", "int8"])
def test_decode_step_profile_times_every_product_of_a_step_once(quantize, tmp_path, capsys):
    import decode_step_profile
    from synthetic import ensure_checkpoint

    checkpoint = ensure_checkpoint("internvl2_5-4b", "tiny", tmp_path)
    config = json.loads((checkpoint / "config.json").read_text())["llm_config"]
    result = decode_step_profile.profile(checkpoint, quantize, prompt_tokens=20, steps=2)
    width, heads, kv_heads = config["hidden_size"], config["num_attention_heads"], config["num_key_value_heads"]
    head_dim, layers = width // heads, config["num_hidden_layers"]
    expected = {  # (out × in) → calls per step: q and o, k and v, gate and up, down, the output head
        f"{width} × {width}": 2 * layers,
        f"{kv_heads * head_dim} × {width}": 2 * layers,
        f"{config['intermediate_size']} × {width}": 2 * layers,
        f"{width} × {config['intermediate_size']}": layers,
        f"{config['vocab_size']} × {width}": 1,
    }
    # the written-out CPU step, unquantised or int8: q, k and v as one product (runtime/qwen2_step.py)
    expected[f"{width} × {width}"] = layers
    del expected[f"{kv_heads * head_dim} × {width}"]
    fused = f"{width + 2 * kv_heads * head_dim} × {width}"  # the tiny model's gate and up have this shape too
    expected[fused] = expected.get(fused, 0) + layers
    assert {key: row["calls_per_step"] for key, row in result["layers"].items()} == expected
    assert 0 < result["products_ms"] < result["hooked_step_ms"]
    kernels = {row["kernel"] for row in result["layers"].values()}
    assert all(kernel.startswith("int8" if quantize == "int8" else "bf16") for kernel in kernels), kernels
    assert (
        decode_step_profile.main(["--size", "tiny", "--workdir", str(tmp_path), "--steps", "2", "--after-image"]) == 0
    )
    table = capsys.readouterr().out
    assert "| linear layers (out × in) |" in table and "after answering about a picture" in table


def test_llamacpp_bench_refuses_an_avx2_run_with_a_llama_cpp_built_for_avx512(tmp_path, capsys):
    import llamacpp_bench

    package = tmp_path / "build" / "llama_cpp"
    package.mkdir(parents=True)
    reported = "CPU : AVX = 1 | AVX2 = 1 | AVX512 = {} | "
    (package / "__init__.py").write_text(
        f"def llama_print_system_info():\n    return {reported.format(1)!r}.encode()\n"
    )
    argv = ["--isa", "avx2", "--llama-cpp-python", str(tmp_path / "build"), "--workdir", str(tmp_path / "work")]
    with pytest.raises(SystemExit):
        llamacpp_bench.main(argv)
    assert "built with AVX-512" in capsys.readouterr().err
    assert not (tmp_path / "work").exists()  # refused before any checkpoint was written
    (package / "__init__.py").write_text(
        f"def llama_print_system_info():\n    return {reported.format(0)!r}.encode()\n"
    )
    env = llamacpp_bench.engine_environment("llama", "avx2", tmp_path / "build")
    assert "AVX512 = 0" in llamacpp_bench.llama_instructions(env)


def test_memory_placement_prints_a_rate_per_group(capsys):
    import memory_placement

    assert memory_placement.main(["--groups", "2", "--group-gb", "0.05", "--threads", "1"]) == 0
    rows = [
        line for line in capsys.readouterr().out.splitlines() if line.startswith("| 1 |") or line.startswith("| 2 |")
    ]
    assert len(rows) == 2 and all(" GB/s | " in row for row in rows)


def test_sampling_cost_times_every_setting_against_transformers_warpers(capsys):
    import sampling_cost

    assert sampling_cost.main(["--vocabulary", "5000", "--tokens", "5", "--threads", "1", "--answer", "120"]) == 0
    out = capsys.readouterr().out.splitlines()
    rows = [line for line in out if line.startswith("| ") and "×" in line]
    assert [row.split(" | ")[0][2:] for row in rows] == list(sampling_cost.SETTINGS)
    assert any(line.startswith("| 100 | ") for line in out)  # the streaming table, at 100 tokens


@pytest.fixture(scope="module")
def trained_workdir(tmp_path_factory):
    """A workdir holding the tiny trained checkpoint (a dozen training steps), shared by the tests below."""
    from trained_checkpoint import SIZES, ensure_trained_checkpoint

    workdir = tmp_path_factory.mktemp("trained")
    ensure_trained_checkpoint(workdir, SIZES["tiny"])
    return workdir


def test_trained_checkpoint_loads_like_a_published_one_and_training_lowered_the_loss(trained_workdir):
    from trained_checkpoint import SIZES, chat_prompt, ensure_trained_checkpoint, held_out_passages, training_record

    from desktop_vlm.runtime import ChatRequest, load_runtime

    settings = SIZES["tiny"]
    folder = ensure_trained_checkpoint(trained_workdir, settings)  # reused: same settings
    record = training_record(folder)
    assert record["steps"] == settings.max_steps
    assert record["curve"][-1]["loss"] < record["curve"][0]["loss"]
    assert record["held_out_loss_after"] < record["held_out_loss_before"]
    runtime = load_runtime(folder, device="cpu", dtype="bfloat16")
    try:
        assert runtime.info.family == "internvl" and runtime.info.template == "internvl2_5"
        question = held_out_passages(settings, 1)[0].question
        # training rendered its chats exactly as the runtime renders a request
        assert chat_prompt(folder, runtime.tokenizer)(question) == runtime.prepare(ChatRequest(question)).ids
        logits = runtime.forward_logits(ChatRequest(question))
        assert logits.shape == (1, settings.vocab_size) and bool(logits.isfinite().all())
    finally:
        runtime.close()


def test_trained_checkpoint_never_trains_on_a_held_out_file():
    from trained_checkpoint import SIZES, corpus, is_held_out

    settings = SIZES["tiny"]
    train, held_out = corpus(settings)
    assert train and held_out
    assert not {p.source for p in train} & {p.source for p in held_out}
    assert all(is_held_out(p.source, settings.held_out_every) for p in held_out)
    assert not {p.head + p.rest for p in held_out} & {p.head + p.rest for p in train}


def test_quantisation_quality_on_the_trained_checkpoint_scores_held_out_text(trained_workdir, capsys):
    import quant_quality

    argv = ["--trained", "tiny", "--workdir", str(trained_workdir), "--passages", "3", "--answer-tokens", "8"]
    assert quant_quality.main(argv) == 0
    out = capsys.readouterr().out
    assert "teacher-forced on the true text" in out
    for precision in ("float32", "int8", "int4"):
        row = next(line for line in out.splitlines() if line.startswith(f"| {precision} |"))
        cells = [cell.strip() for cell in row.split("|")]
        assert 0 <= float(cells[2].rstrip("%")) <= 100 and cells[3] == "24"
        assert float(cells[6]) >= 0  # the mean KL divergence from bf16


def test_probe_under_load_times_every_kernel_alone_and_beside_the_neighbour(capsys):
    """Whether the neighbour is judged busy is tested in tests/runtime/test_decode_kernels.py: a probe of four
    tiny layers lasts a few milliseconds, less than the CPU-time clock's tick."""
    import probe_under_load

    assert probe_under_load.main(["--out", "64", "--in", "64", "--layers", "4", "--rounds", "1"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    header, quiet, busy = rows[0], rows[1], rows[2]
    kernels = header.split(" | ")[2:]
    assert len(kernels) >= 2 and len(quiet.split(" | ")) == len(busy.split(" | ")) == 2 + len(kernels)
    assert quiet.startswith("| none |") and busy.startswith("| copying memory |")
    assert all(row.count("**") == 2 for row in (quiet, busy))  # one fastest kernel marked per row


def test_load_phases_folds_counted_reports_into_one_phase_and_gives_each_report_the_time_before_it():
    import load_phases

    reports = [(1.0, "Building the model"), (3.0, "Loading weights 10%"), (4.0, "Loading weights 90%")]
    reports += [(4.5, "Choosing decode kernels for this CPU: measuring 1 of 2"), (5.0, "… measuring 2 of 2")]
    spent = load_phases.phases(reports, started=0.5, ended=6.0)
    assert spent == {
        "starting": 0.5,
        "Building the model": 2.0,
        "Loading weights": 1.5,
        "Choosing decode kernels for this CPU: measuring": 0.5,
        "… measuring": 1.0,
    }


def test_load_phases_first_loads_measure_the_kernels_in_a_cache_folder_of_their_own(tmp_path, capsys, monkeypatch):
    import load_phases

    from desktop_vlm.runtime.kernels import probe

    user_cache = tmp_path / "user-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(user_cache))  # the user's own cache folder is left alone
    argv = ["--size", "tiny", "--workdir", str(tmp_path), "--loads", "1", "--steps", "2", "--first"]
    assert load_phases.main(argv) == 0
    out = capsys.readouterr().out
    header, rule, row = out.split("\n\n")[1].splitlines()[:3]
    assert "| Building the model |" in header and "| Loading the tokenizer |" in header
    assert "measuring" in header  # the probe measured: no choices were cached
    assert row.count(" s |") == header.count("|") - 4 and row.endswith(" ms |")  # imports, load, phases, step
    assert not (user_cache / "desktop-vlm" / probe.CACHE_FILE).exists()


@pytest.mark.parametrize("ask", [False, True])
def test_first_choice_times_each_kind_of_first_load_and_an_answer_asked_at_once(ask, tmp_path, capsys):
    import first_choice

    argv = ["--size", "tiny", "--workdir", str(tmp_path), "--runs", "1", "--choose-after", "0.3", "--after", "0.2"]
    assert first_choice.main(argv + ["--ask"] * ask) == 0
    out = capsys.readouterr().out
    lines = out.split("\n\n")[0].splitlines()
    assert [line.split(":")[0] for line in lines] == list(first_choice.KINDS)
    assert all((", answered " in line) == ask for line in lines)
    table = out.split("\n\n")[2].splitlines()
    assert ("choice to answered" in table[0]) == ask
    assert [row.split(" | ")[0] for row in table[2:]] == [f"| {kind}" for kind in first_choice.KINDS]


def test_passage_choice_benchmark_counts_the_fact_reached_each_way_and_times_the_choice(capsys):
    import passage_choice

    assert passage_choice.main(["--trials", "3", "--sizes", "0.05", "--room", "3000"]) == 0
    out = capsys.readouterr().out
    assert "passages chosen for the question:  3 (100%)" in out and "0.05 MB: " in out
