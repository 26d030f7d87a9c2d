"""What a load reports: one of runtime.api's LOAD_* steps each time, the counted ones with a count the window
can draw as a bar."""

from __future__ import annotations

import threading

import pytest

from desktop_vlm.core.errors import LoadCancelled
from desktop_vlm.runtime import api, load_runtime
from desktop_vlm.runtime.api import split_load_report
from desktop_vlm.runtime.kernels import blocked
from tests.conftest import REFERENCE_DIR

STEPS = {value for name, value in vars(api).items() if name.startswith("LOAD_")}


def test_a_report_splits_into_its_step_and_how_far_that_step_is():
    assert split_load_report("Loading weights 42%") == ("Loading weights", 0.42)
    assert split_load_report("Loading weights 100%") == ("Loading weights", 1.0)
    # "2 of 5" is said before the second shape is measured: one of five is done
    assert split_load_report(f"{api.LOAD_MEASURING_KERNELS} 2 of 5") == (api.LOAD_MEASURING_KERNELS, 0.2)
    assert split_load_report(api.LOAD_TOKENIZER) == (api.LOAD_TOKENIZER, None)
    for odd in ("Loading weights 4200%", "Step 6 of 5", "Step 0 of 5", "Loading 42 %", "50%"):
        assert split_load_report(odd) == (odd, None)  # not a count the loader makes: shown as it came


@pytest.mark.parametrize("quantize", [None, "int8"])
def test_every_report_of_a_load_is_a_known_step(quantize, tmp_path, monkeypatch):
    from desktop_vlm.runtime.kernels import probe

    monkeypatch.setattr(probe, "machine_is_busy", lambda: False)
    reports: list[str] = []
    load_runtime(
        REFERENCE_DIR / "InternVL2_5-4B",
        device="cpu",
        dtype="bfloat16",
        quantize=quantize,
        on_progress=reports.append,
        cache_dir=tmp_path,  # nothing cached: the kernels are measured and the quantised weights kept
    )
    split = [split_load_report(report) for report in reports]
    assert {step for step, _ in split} <= STEPS, reports
    assert all(0 <= fraction <= 1 for _, fraction in split if fraction is not None)
    counted = {step for step, fraction in split if fraction is not None}
    reading = api.LOAD_READING_QUANTISING if quantize else api.LOAD_READING
    assert {reading, api.LOAD_MEASURING_KERNELS} <= counted
    if quantize:
        assert api.LOAD_KEEPING_QUANTISED in {step for step, _ in split}


@pytest.mark.skipif(not blocked.can_block(), reason="oneDNN holds no bf16 weight blocked on this CPU")
def test_placing_the_mapped_weights_is_counted_and_a_load_stops_inside_it(tmp_path, monkeypatch):
    from desktop_vlm.runtime import loader
    from desktop_vlm.runtime.kernels import probe

    monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda: True)
    monkeypatch.setattr(probe, "machine_is_busy", lambda: False)
    monkeypatch.setattr(probe, "others_were_busy", lambda others: False)  # the later loads must measure nothing
    folder = REFERENCE_DIR / "InternVL2_5-4B"
    load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path)  # measures: later loads do not
    reports: list[str] = []
    load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path, on_progress=reports.append)
    placing = [fraction for step, fraction in map(split_load_report, reports) if step == api.LOAD_PLACING]
    assert placing[0] == 0 and placing[-1] == 1 and placing == sorted(set(placing)) and len(placing) > 2

    seen: list[str] = []

    def stop_once_placing(report: str) -> None:
        seen.append(report)
        step, fraction = split_load_report(report)
        if step == api.LOAD_PLACING and fraction:
            raise LoadCancelled()

    with pytest.raises(LoadCancelled):
        load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path, on_progress=stop_once_placing)
    assert split_load_report(seen[-1])[1] < 1 and not any(api.LOAD_TOKENIZER in report for report in seen)
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("weight-block")]


def test_a_load_of_quantised_weights_kept_before_counts_their_reading_and_stops_inside_it(tmp_path, monkeypatch):
    from desktop_vlm.runtime.kernels import probe

    monkeypatch.setattr(probe, "machine_is_busy", lambda: False)
    monkeypatch.setattr(probe, "others_were_busy", lambda others: False)
    folder = REFERENCE_DIR / "InternVL2_5-4B"
    options = {"device": "cpu", "dtype": "bfloat16", "quantize": "int8", "cache_dir": tmp_path}
    load_runtime(folder, **options)  # quantises and keeps the weights
    reports: list[str] = []
    load_runtime(folder, on_progress=reports.append, **options)
    split = [split_load_report(report) for report in reports]
    kept = [fraction for step, fraction in split if step == api.LOAD_READING_KEPT]
    assert kept[-1] == 1 and kept == sorted(set(kept)) and len(kept) > 2
    assert api.LOAD_READING_QUANTISING not in {step for step, _ in split}  # nothing is quantised again

    seen: list[str] = []

    def stop_while_reading_them(report: str) -> None:
        seen.append(report)
        if split_load_report(report)[0] == api.LOAD_READING_KEPT:
            raise LoadCancelled()

    with pytest.raises(LoadCancelled):  # not taken for a damaged file, which would mean quantising again
        load_runtime(folder, on_progress=stop_while_reading_them, **options)
    assert split_load_report(seen[-1])[0] == api.LOAD_READING_KEPT
