"""Decode kernels chosen by timing them on this CPU, once per shape, remembered per CPU / torch / threads."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
import torch
from torch import nn

from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest
from desktop_vlm.runtime.internvl.synthetic import write_checkpoint as write_internvl_checkpoint
from desktop_vlm.runtime.kernels import probe
from desktop_vlm.runtime.kernels.blocked import BLOCKED_KERNEL
from desktop_vlm.runtime.widening import Bf16Linear, WideningLinear

real_others_were_busy = probe.others_were_busy


class ScriptedLayer(nn.Module):
    """A decode-capable layer whose kernels take known times and record that they ran."""

    kernel_family = "test"
    decode_kernels = ("slow", "fast", "medium")
    activation_dtype = torch.float32
    stored_bytes = 64

    def __init__(self, out_features: int = 8, in_features: int = 4, fast: str = "fast"):
        super().__init__()
        self.out_features, self.in_features, self.decode_kernel = out_features, in_features, "slow"
        self.seconds = {"slow": 0.004, "medium": 0.002, fast: 0.0}
        self.ran: list[str] = []

    def run_decode_kernel(self, name: str, x: torch.Tensor) -> torch.Tensor:
        self.ran.append(name)
        time.sleep(self.seconds[name])
        return x


@pytest.fixture(autouse=True)
def quiet_machine(monkeypatch):
    monkeypatch.setattr(probe, "machine_is_busy", lambda: False)
    monkeypatch.setattr(probe, "others_were_busy", lambda others: False)


def test_the_fastest_kernel_is_chosen_per_shape_and_remembered(tmp_path, monkeypatch):
    model = nn.ModuleList([ScriptedLayer(), ScriptedLayer(), ScriptedLayer(16, 4, fast="medium")])
    model[2].seconds = {"slow": 0.004, "fast": 0.003, "medium": 0.0}
    cache = tmp_path / "kernels.json"
    chosen = probe.choose_decode_kernels(model, cache)
    assert chosen == {"test 8x4 (slow, fast, medium)": "fast", "test 16x4 (slow, fast, medium)": "medium"}
    assert [layer.decode_kernel for layer in model] == ["fast", "fast", "medium"]
    # every layer of a shape is read in each timed pass (weights come from memory, as in a decode step);
    # the two calls that screen out hopeless kernels are made on one
    assert set(model[0].ran) == {"slow", "fast", "medium"}
    assert model[0].ran.count("fast") == model[1].ran.count("fast") + 2
    assert model[1].ran.count("fast") >= probe.MIN_ROUNDS + 1  # the rounds and the warm-up pass
    assert "slow" not in model[1].ran  # screened out: 4 ms against 0
    stored = json.loads(cache.read_text())
    assert stored == {probe.machine_key(): chosen}
    key = probe.machine_key()
    assert "torch " + torch.__version__ in key and f"{torch.get_num_threads()} threads" in key

    again = nn.ModuleList([ScriptedLayer(), ScriptedLayer(16, 4)])
    monkeypatch.setattr(probe, "measure", lambda layers: pytest.fail("measured although the choice was cached"))
    assert probe.choose_decode_kernels(again, cache) == chosen
    assert [layer.decode_kernel for layer in again] == ["fast", "medium"]


def test_another_machine_or_a_damaged_cache_measures_again(tmp_path, monkeypatch):
    cache = tmp_path / "kernels.json"
    cache.write_text(json.dumps({"another CPU | torch 0 | 1 threads": {"test 8x4 (slow, fast, medium)": "slow"}}))
    layer = ScriptedLayer()
    assert probe.choose_decode_kernels(nn.ModuleList([layer]), cache) == {"test 8x4 (slow, fast, medium)": "fast"}
    assert set(json.loads(cache.read_text())) == {"another CPU | torch 0 | 1 threads", probe.machine_key()}
    for damaged in (
        "{not json",
        json.dumps({probe.machine_key(): {"test 8x4 (slow, fast, medium)": "a kernel that is gone"}}),
    ):
        cache.write_text(damaged)
        layer = ScriptedLayer()
        assert (
            probe.choose_decode_kernels(nn.ModuleList([layer]), cache) == {"test 8x4 (slow, fast, medium)": "fast"}
            and layer.ran
        )


def test_an_instruction_set_cap_has_choices_of_its_own(tmp_path, monkeypatch):
    """The same CPU with oneDNN capped at AVX2 (how an AVX2-only laptop is emulated) measures again."""
    cache = tmp_path / "kernels.json"
    monkeypatch.delenv("ONEDNN_MAX_CPU_ISA", raising=False)
    uncapped = probe.machine_key()
    assert probe.choose_decode_kernels(nn.ModuleList([ScriptedLayer()]), cache) == {
        "test 8x4 (slow, fast, medium)": "fast"
    }
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "AVX2")
    assert probe.machine_key() != uncapped and "ONEDNN_MAX_CPU_ISA=AVX2" in probe.machine_key()
    layer = ScriptedLayer()
    probe.choose_decode_kernels(nn.ModuleList([layer]), cache)
    assert layer.ran and set(json.loads(cache.read_text())) == {uncapped, probe.machine_key()}


def test_timings_taken_on_a_busy_machine_are_kept_until_a_quiet_load_measures_again(tmp_path, monkeypatch):
    cache = tmp_path / "kernels.json"
    monkeypatch.setattr(probe, "machine_is_busy", lambda: True)
    layer = ScriptedLayer()
    assert probe.choose_decode_kernels(nn.ModuleList([layer]), cache) == {"test 8x4 (slow, fast, medium)": "fast"}
    assert layer.ran and json.loads(cache.read_text())[probe.machine_key()][probe.BUSY] is True
    layer = ScriptedLayer()  # still busy: the choice is read, nothing measured
    assert (
        probe.choose_decode_kernels(nn.ModuleList([layer]), cache) == {"test 8x4 (slow, fast, medium)": "fast"}
        and not layer.ran
    )
    monkeypatch.setattr(probe, "machine_is_busy", lambda: False)
    layer = ScriptedLayer()  # quiet: measured again, and kept without the mark
    assert (
        probe.choose_decode_kernels(nn.ModuleList([layer]), cache) == {"test 8x4 (slow, fast, medium)": "fast"}
        and layer.ran
    )
    assert json.loads(cache.read_text())[probe.machine_key()] == {"test 8x4 (slow, fast, medium)": "fast"}


def test_choices_measured_while_another_process_kept_a_core_busy_are_measured_again_when_quiet(tmp_path, monkeypatch):
    """The load average stays low through a burst of a few seconds; the CPU time others took does not."""
    monkeypatch.setattr(probe, "others_were_busy", real_others_were_busy)
    cache = tmp_path / "kernels.json"
    key = "test 8x4 (slow, fast, medium)"

    def slow_layer() -> ScriptedLayer:  # a measurement of about a second, long against the CPU-time clock's 10 ms ticks
        layer = ScriptedLayer()
        layer.seconds = {"slow": 0.06, "medium": 0.03, "fast": 0.02}
        return layer

    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)  # the interpreter has started and spins
        assert probe.choose_decode_kernels(nn.ModuleList([slow_layer()] * 8), cache) == {key: "fast"}
    finally:
        spinner.kill()
        spinner.wait()
    assert json.loads(cache.read_text())[probe.machine_key()] == {key: "fast", probe.BUSY: True}
    # the load average says quiet, and nobody spins now (whatever else this machine runs meanwhile):
    # measured again, and kept without the mark
    monkeypatch.setattr(probe, "others_were_busy", lambda others: False)
    layer = slow_layer()
    assert probe.choose_decode_kernels(nn.ModuleList([layer] * 8), cache) == {key: "fast"} and layer.ran
    assert json.loads(cache.read_text())[probe.machine_key()] == {key: "fast"}


def test_a_hopeless_candidate_is_called_once_and_not_measured_further():
    layer = ScriptedLayer()
    layer.seconds = {"slow": 0.05, "medium": 0.002, "fast": 0.001}
    timings = probe.measure([layer, layer])
    assert layer.ran.count("slow") == 2 and layer.ran.count("fast") > 2  # screened, then never in a pass
    assert min(timings, key=timings.__getitem__) == "fast" and timings["slow"] >= 2 * 0.05  # scaled to a pass


class LayerMissingAnOp(ScriptedLayer):
    """A layer whose ``missing`` kernels raise as a torch build without their op does."""

    def __init__(self, missing: tuple[str, ...]):
        super().__init__()
        self.missing = missing

    def run_decode_kernel(self, name: str, x: torch.Tensor) -> torch.Tensor:
        if name in self.missing:
            raise NotImplementedError(f"Could not run 'aten::{name}' with arguments from the 'CPU' backend")
        return super().run_decode_kernel(name, x)


def test_a_kernel_this_build_cannot_run_is_left_out_not_fatal(tmp_path, caplog):
    model = nn.ModuleList([LayerMissingAnOp(missing=("fast",)), LayerMissingAnOp(missing=("fast",))])
    cache = tmp_path / "kernels.json"
    with caplog.at_level("WARNING", logger=probe.__name__):
        chosen = probe.choose_decode_kernels(model, cache)
    assert chosen == {"test 8x4 (slow, fast, medium)": "medium"}  # the fastest that runs
    assert [layer.decode_kernel for layer in model] == ["medium", "medium"]
    assert "decode kernel fast does not run here" in caplog.text
    assert json.loads(cache.read_text())[probe.machine_key()] == chosen

    nothing_runs = nn.ModuleList([LayerMissingAnOp(missing=("slow", "fast", "medium"))])
    with pytest.raises(NotImplementedError):
        probe.choose_decode_kernels(nothing_runs, tmp_path / "other.json")


def test_a_bf16_model_on_a_cpu_without_bf16_instructions_names_its_decode_kernels(tmp_path, monkeypatch):
    from desktop_vlm.runtime import loader

    monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda: False)
    folder = write_internvl_checkpoint(tmp_path / "i")
    runtime = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path)
    decoder_layers = [m for m in runtime.model.decoder.modules() if isinstance(m, WideningLinear)]
    assert decoder_layers and all(m.decode_kernel in WideningLinear.kernels_for_plain_weights for m in decoder_layers)
    stats = runtime.generate(ChatRequest("Hi", params=GenerationParams(max_new_tokens=3))).stats
    assert stats.decode_kernel and set(stats.decode_kernel.split(" + ")) <= set(
        WideningLinear.kernels_for_plain_weights
    )
    assert stats.as_dict()["decode_kernel"] == stats.decode_kernel
    shapes = json.loads((tmp_path / probe.CACHE_FILE).read_text())[probe.machine_key()]
    assert shapes and all(key.startswith("bf16 ") for key in shapes)  # the decoder's, not the vision tower's


def test_a_bf16_model_on_a_cpu_with_bf16_instructions_chooses_its_decode_kernels_too(tmp_path, monkeypatch):
    from desktop_vlm.runtime import loader

    monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda: True)
    folder = write_internvl_checkpoint(tmp_path / "i")
    runtime = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path)
    layers = [m for m in runtime.model.decoder.modules() if isinstance(m, nn.Linear)]
    assert layers and all(type(m) is Bf16Linear for m in layers)  # nothing widened
    stats = runtime.generate(ChatRequest("Hi", params=GenerationParams(max_new_tokens=3))).stats
    assert stats.decode_kernel and set(stats.decode_kernel.split(" + ")) <= {
        *Bf16Linear.kernels_for_plain_weights,
        BLOCKED_KERNEL,
    }


@pytest.mark.parametrize("kind", [WideningLinear, Bf16Linear])
@torch.inference_mode()  # as the runtime runs
def test_every_bf16_kernel_computes_the_same_product(kind):
    layer = kind(64, 40).to(torch.bfloat16)
    x = torch.randn(1, 1, 64).to(torch.bfloat16)
    reference = torch.nn.functional.linear(x.float(), layer.weight.float(), layer.bias.float())
    for name in layer.decode_kernels:
        got = layer.run_decode_kernel(name, x)
        assert got.dtype == torch.bfloat16 and (got.float() - reference).abs().max() < 1e-2 * reference.abs().max()
    rows = torch.randn(1, 9, 64).to(torch.bfloat16)  # a prompt's product
    expected = torch.nn.functional.linear(rows.float(), layer.weight.float(), layer.bias.float())
    assert (layer(rows).float() - expected).abs().max() < 1e-2 * expected.abs().max()


def test_the_answer_footer_and_the_cli_line_name_the_decode_kernel(tmp_path, monkeypatch, capsys):
    pytest.importorskip("PySide6")
    from desktop_vlm.cli.main import main as cli
    from desktop_vlm.ui.chat_view import stats_text

    stats = {"time_to_first_token_s": 0.5, "decode_tokens_per_s": 3.5, "new_tokens": 8, "decode_kernel": "int8-aten"}
    assert "3.5 tokens/s (int8-aten)" in stats_text(stats)
    assert "(" not in stats_text(stats | {"decode_kernel": ""})
    from desktop_vlm.runtime import loader

    monkeypatch.setattr(loader, "default_cache_dir", lambda: tmp_path)
    folder = write_internvl_checkpoint(tmp_path / "i")
    assert (
        cli(
            [
                "ask",
                str(folder),
                "Hi",
                "--device",
                "cpu",
                "--dtype",
                "float32",
                "--quantize",
                "int8",
                "--max-new-tokens",
                "3",
            ]
        )
        == 0
    )
    assert "tokens/s (int8-" in capsys.readouterr().err


def test_the_layers_a_choice_would_read_are_known_before_choosing(tmp_path, monkeypatch):
    monkeypatch.setattr(probe, "PASS_BYTES", 128)  # two of ScriptedLayer's 64 bytes make a pass
    cache = tmp_path / "kernels.json"
    model = nn.ModuleList([ScriptedLayer(), ScriptedLayer(), ScriptedLayer(), ScriptedLayer(16, 4)])
    assert probe.layers_to_measure(model, cache) == [model[0], model[1], model[3]]  # never measured: a pass each
    probe.choose_decode_kernels(nn.ModuleList([ScriptedLayer()]), cache)
    assert probe.layers_to_measure(model, cache) == [model[3]]  # one shape measured, not the other
    probe.choose_decode_kernels(model, cache)
    assert probe.layers_to_measure(model, cache) == []
    monkeypatch.setattr(probe, "machine_is_busy", lambda: True)
    assert probe.layers_to_measure(model, cache) == []  # busy now: measured choices are used as they are


def test_choosing_says_which_shape_it_measures_and_keeps_what_it_measured_when_stopped(tmp_path):
    model = nn.ModuleList([ScriptedLayer(), ScriptedLayer(16, 4), ScriptedLayer(32, 4)])
    cache = tmp_path / "kernels.json"
    heard: list[tuple[int, int]] = []

    def stop_at_the_third(done: int, total: int) -> None:
        heard.append((done, total))
        if done == 2:
            raise RuntimeError("no longer wanted")

    with pytest.raises(RuntimeError, match="no longer wanted"):
        probe.choose_decode_kernels(model, cache, on_shape=stop_at_the_third)
    assert heard == [(0, 3), (1, 3), (2, 3)]
    kept = json.loads(cache.read_text())[probe.machine_key()]
    assert set(kept) == {"test 8x4 (slow, fast, medium)", "test 16x4 (slow, fast, medium)"}  # the two measured

    heard.clear()
    probe.choose_decode_kernels(model, cache, on_shape=lambda done, total: heard.append((done, total)))
    assert heard == [(0, 1)]  # only the third shape is left to measure
