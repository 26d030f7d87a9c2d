"""A small InternVL2_5-format checkpoint whose language model is TRAINED, for measuring quantisation on peaked
next-token distributions (``quant_quality.py --trained``).

    python benchmarks/trained_checkpoint.py --workdir ~/vlm-bench [--size small] [--budget-s 600]

Random weights give flat distributions over 151,674 tokens whose best two logits often tie at bf16's
resolution, so even float32 agrees with bf16 on only 93–95 % of positions there. A trained model's
distributions are peaked, as a published model's are. No published weights can be fetched here, so this trains
one on what every machine has: the Python standard library's ``.py`` sources (sorted, test folders and
``site-packages`` left out), cut into passages of ``passage_lines`` lines. Files whose path hashes into one
``held_out_every``-th are held out — never in the tokenizer's or the model's training text — for scoring.

The checkpoint is written by the synthetic writer (``runtime/internvl/synthetic.py``) in the published layout,
so the runtime's loader, template and quantisation read it as they read InternVL2_5-4B: a Qwen2 language model
with grouped-query attention and an untied head of 151,674 rows, a Qwen2-layout byte-level BPE tokenizer (here
trained on the corpus, ``tokenizer_vocab`` tokens plus the added ones), and a small vision part left random.
Each training sample is a chat as the runtime renders it: the user turn "Continue this code:" and the passage's
first ``prompt_lines`` lines, then the rest of the passage as the answer; the loss counts the answer tokens.

Only the tokenizer's rows of the head are trained (a softmax over 151,674 rows would cost as much as the model).
The rows past them are there for the published shape (the head product and its quantisation see all 151,674):
each is one trained row, the "unused" row, plus small random noise. In training that row's logit, plus
log(number of rows past the tokenizer), stands for all of them in the softmax, so the model learns to give them
almost no probability, as a full-vocabulary softmax would for tokens that never occur; rows left merely small
and random would take most of the probability (their ~140k logits near 0 against a few thousand trained ones:
92 % of it, measured after two minutes of training).
Products run in bf16 autocast where the CPU has bf16 instructions (3.5× float32's speed on the AMX machine
this was written on), in float32 elsewhere (oneDNN's emulated bf16 is slower than float32).

Limits: a model of about 20 million parameters trained for minutes on one kind of text (Python code), not the
published 4B model on web-scale data; its distributions are peaked where code is predictable (indentation,
keywords, closing brackets) and flatter elsewhere, so its agreement figures show how quantisation behaves on a
trained model's logits, not what the published model's would be. Training stops on a wall-clock budget, so the
number of steps, and the weights, depend on the machine's speed; the settings and the losses are kept beside
the weights (``training.json``), and a later call with the same settings reuses the checkpoint.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import platform
import shutil
import statistics
import sys
import sysconfig
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from transformers import Qwen2ForCausalLM

INSTRUCTION = "Continue this code:"
TEMPLATE = "internvl2_5"
MARKER = "training.json"
SKIPPED_FOLDERS = {"test", "tests", "idle_test", "site-packages"}


@dataclass(frozen=True)
class TrainingSettings:
    """Everything that decides the checkpoint's weights (the budget only up to the machine's speed)."""

    hidden: int = 512
    layers: int = 4
    heads: int = 8
    kv_heads: int = 2  # grouped-query attention, as Qwen2.5-3B's 16 query heads over 2 key/value heads
    intermediate: int = 1536
    tokenizer_vocab: int = 12_000  # the byte-level BPE's size, before Qwen's and InternVL's added tokens
    vocab_size: int = 151_674  # rows of the embedding and the head, as InternVL2_5-4B
    passage_lines: int = 32
    prompt_lines: int = 4  # the passage's first lines go into the user turn, the rest is the answer
    answer_tokens: int = 192  # training cuts longer answers here
    held_out_every: int = 20  # one file in this many (by a hash of its path) is held out
    corpus_files: int = 0  # 0: every file; n: n files evenly spread over the sorted list (tests)
    batch: int = 8
    lr: float = 2e-3
    warmup_steps: int = 50
    budget_s: float = 600.0
    max_steps: int = 0  # 0: train until the budget is spent
    log_every: int = 20
    eval_passages: int = 64  # held-out passages the held-out loss is taken over
    seed: int = 0


SIZES = {
    "small": TrainingSettings(),
    "tiny": TrainingSettings(  # the tests': seconds, not minutes
        hidden=64,
        layers=2,
        heads=4,
        kv_heads=2,
        intermediate=128,
        tokenizer_vocab=600,
        vocab_size=4096,
        answer_tokens=48,
        held_out_every=4,
        corpus_files=40,
        batch=4,
        lr=3e-3,
        warmup_steps=5,
        budget_s=60.0,
        max_steps=12,
        log_every=3,
        eval_passages=8,
    ),
}


@dataclass(frozen=True)
class Passage:
    source: str  # the file, relative to the standard library's folder
    head: str  # the first lines: shown in the user turn
    rest: str  # the lines after them: the answer

    @property
    def question(self) -> str:
        return f"{INSTRUCTION}\n{self.head.rstrip()}"


# ----------------------------------------------------------------- corpus
def stdlib_folder() -> Path:
    return Path(sysconfig.get_paths()["stdlib"])


def corpus_files(limit: int = 0) -> list[Path]:
    """The standard library's ``.py`` files in sorted order, without test folders and ``site-packages``."""
    root = stdlib_folder()
    files = sorted(p for p in root.rglob("*.py") if not SKIPPED_FOLDERS & set(p.relative_to(root).parts))
    if limit:
        files = files[:: max(1, len(files) // limit)][:limit]
    return files


def is_held_out(source: str, every: int) -> bool:
    """Whether the file ``source`` is held out: a hash of its path, so the split never depends on the file list."""
    return int(hashlib.sha256(source.encode()).hexdigest(), 16) % every == 0


def _reserved_strings() -> list[str]:
    """Text the prompt code reads as markup: passages containing it are left out of the corpus."""
    from desktop_vlm.runtime.prompt import IMAGE_PLACEHOLDER
    from desktop_vlm.runtime.tokenization.synthetic import INTERNVL_TOKENS, QWEN_PLAIN, QWEN_SPECIAL

    return [IMAGE_PLACEHOLDER, *INTERNVL_TOKENS, *QWEN_SPECIAL, *QWEN_PLAIN]


def file_passages(path: Path, settings: TrainingSettings, reserved: list[str]) -> list[Passage]:
    """``path`` cut into passages of ``passage_lines`` lines; those with little code in their answer, or with
    markup in them, are left out."""
    source = path.relative_to(stdlib_folder()).as_posix()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
    out = []
    for begin in range(0, len(lines), settings.passage_lines):
        chunk = lines[begin : begin + settings.passage_lines]
        head, rest = chunk[: settings.prompt_lines], chunk[settings.prompt_lines :]
        text = "".join(chunk)
        if sum(bool(line.strip()) for line in rest) < 4 or any(r in text for r in reserved):
            continue
        out.append(Passage(source, "".join(head), "".join(rest)))
    return out


def corpus(settings: TrainingSettings) -> tuple[list[Passage], list[Passage]]:
    """(training passages, held-out passages), both in file order."""
    reserved = _reserved_strings()
    train: list[Passage] = []
    held_out: list[Passage] = []
    for path in corpus_files(settings.corpus_files):
        for passage in file_passages(path, settings, reserved):
            (held_out if is_held_out(passage.source, settings.held_out_every) else train).append(passage)
    return train, held_out


def spread(passages: list[Passage], count: int) -> list[Passage]:
    """``count`` of ``passages``, evenly spread over them (fixed for a fixed list)."""
    return passages[:: max(1, len(passages) // count)][:count]


def held_out_passages(settings: TrainingSettings, count: int) -> list[Passage]:
    """``count`` held-out passages spread evenly over the held-out files."""
    return spread(corpus(settings)[1], count)


# ----------------------------------------------------------------- checkpoint files
def _tokenizer_writer(texts: list[str], vocab_size: int) -> Callable[[Path], dict[str, int]]:
    """A ``tokenizer`` for the synthetic writer: the published Qwen2 layout (``write_qwen2_tokenizer``) with its
    BPE trained on ``texts`` instead of the few sentences the tests' tokenizers are trained on."""
    from desktop_vlm.runtime.tokenization import synthetic

    def write(folder: Path) -> dict[str, int]:
        return synthetic.write_qwen2_tokenizer(folder, vocab_size=vocab_size, corpus=texts)

    return write


def _tokenizer_texts(train: list[Passage]) -> list[str]:
    """The training passages, and the chat frame once per passage as every sample carries it: so the system
    message (Chinese, which code alone would leave as single bytes) becomes a few tokens, not ~150."""
    from desktop_vlm.runtime import registry

    frame = f"{registry.templates()[TEMPLATE].system_message}\n{INSTRUCTION}"
    return [p.head + p.rest for p in train] + [frame] * len(train)


def write_files(folder: Path, settings: TrainingSettings, train: list[Passage]) -> Path:
    """The checkpoint with a random language model, its tokenizer trained on ``train``."""
    from desktop_vlm.runtime.internvl.synthetic import write_checkpoint

    return write_checkpoint(
        folder,
        llm="qwen2",
        template=TEMPLATE,
        llm_hidden=settings.hidden,
        llm_layers=settings.layers,
        llm_heads=settings.heads,
        kv_heads=settings.kv_heads,
        llm_intermediate=settings.intermediate,
        vocab_size=settings.vocab_size,
        seed=settings.seed,
        tokenizer=_tokenizer_writer(_tokenizer_texts(train), settings.tokenizer_vocab),
    )


def checkpoint_tokenizer(folder: Path) -> Any:
    """The checkpoint's tokenizer, as ``load_runtime`` reads it."""
    from desktop_vlm.runtime.checkpoint import open_checkpoint
    from desktop_vlm.runtime.tokenization import load_tokenizer

    return load_tokenizer(folder, open_checkpoint(folder).format.llm_architecture)


def chat_prompt(folder: Path, tokenizer: Any) -> Callable[[str], list[int]]:
    """question → the prompt ids the runtime feeds for a text-only request (the checkpoint's template, rendered
    by the runtime's prompt code, as ``VlmRuntime.prepare`` does)."""
    from desktop_vlm.runtime.checkpoint import open_checkpoint
    from desktop_vlm.runtime.identity import choose_template
    from desktop_vlm.runtime.prompt import render_conversation

    checkpoint = open_checkpoint(folder)
    template = choose_template(folder, checkpoint.config, checkpoint.format.template).template
    return lambda question: tokenizer.encode(render_conversation(template, [], question))


Sample = tuple[list[int], int]  # (token ids, where the answer starts)


def chat_samples(folder: Path, passages: list[Passage], answer_tokens: int) -> tuple[list[Sample], int]:
    """Each passage as a chat sample (answers cut at ``answer_tokens``), and the answers' tokens before the cut."""
    tokenizer = checkpoint_tokenizer(folder)
    prompt = chat_prompt(folder, tokenizer)
    samples, uncut = [], 0
    for passage in passages:
        ids = prompt(passage.question)
        answer = tokenizer.encode(passage.rest)  # apart from the prompt, as decoding produces it
        uncut += len(answer)
        samples.append((ids + answer[:answer_tokens], len(ids)))
    return samples, uncut


# ----------------------------------------------------------------- training
def language_model(folder: Path, vocab: int, seed: int) -> Qwen2ForCausalLM:
    """transformers' Qwen2 built from the checkpoint's ``llm_config`` as the runtime builds it, with only the
    tokenizer's ``vocab`` rows of embedding and head."""
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from desktop_vlm.runtime.llm import build_llm_config

    llm_config = json.loads((folder / "config.json").read_text())["llm_config"]
    config = build_llm_config(llm_config | {"vocab_size": vocab})
    if not isinstance(config, Qwen2Config):
        raise TypeError(f"the checkpoint's language model is {type(config).__name__}, not Qwen2")
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config)
    model.train()
    return model


def batch_tensors(samples: list[Sample]) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded ids (B, T) and next-token targets (B, T - 1), -100 outside the answers. Causal attention
    never looks to the right, so the padding needs no attention mask."""
    import torch

    width = max(len(ids) for ids, _ in samples)
    ids = torch.zeros(len(samples), width, dtype=torch.long)
    targets = torch.full((len(samples), width - 1), -100, dtype=torch.long)
    for row, (sample, start) in enumerate(samples):
        ids[row, : len(sample)] = torch.tensor(sample)
        targets[row, start - 1 : len(sample) - 1] = ids[row, start : len(sample)]
    return ids, targets


def answer_loss(
    model: Qwen2ForCausalLM, unused: torch.Tensor, unused_rows: int, ids: torch.Tensor, targets: torch.Tensor
) -> torch.Tensor:
    """Mean cross-entropy over the answer tokens, the softmax over the tokenizer's rows plus one logit standing
    for the ``unused_rows`` rows past them (all equal to ``unused``)."""
    import torch
    import torch.nn.functional as F

    from desktop_vlm.runtime.device import cpu_has_native_bf16

    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=cpu_has_native_bf16()):  # see the module's doc
        hidden = model.model(input_ids=ids).last_hidden_state[:, :-1]
        keep = targets >= 0
        answers = hidden[keep]  # the head only at the positions that are scored
        logits = torch.cat([model.lm_head(answers), (answers @ unused + math.log(unused_rows))[:, None]], -1)
    return F.cross_entropy(logits.float(), targets[keep])


def mean_loss(model: Qwen2ForCausalLM, unused: torch.Tensor, unused_rows: int, samples: list[Sample]) -> float:
    """The answer-token-weighted mean loss over ``samples``, in evaluation mode."""
    import torch

    total, count = 0.0, 0
    model.eval()
    with torch.no_grad():
        for begin in range(0, len(samples), 8):
            ids, targets = batch_tensors(samples[begin : begin + 8])
            n = int((targets >= 0).sum())
            total, count = total + float(answer_loss(model, unused, unused_rows, ids, targets)) * n, count + n
    model.train()
    return total / count


def learning_rate(settings: TrainingSettings, step: int, progress: float) -> float:
    """Linear warm-up, then a cosine decay to a tenth over the run (``progress`` 0 → 1: time or steps)."""
    warm = min(1.0, (step + 1) / settings.warmup_steps)
    return settings.lr * warm * (0.1 + 0.45 * (1 + math.cos(math.pi * min(progress, 1.0))))


def train(
    model: Qwen2ForCausalLM,
    unused: torch.Tensor,
    unused_rows: int,
    samples: list[Sample],
    settings: TrainingSettings,
    log: Callable[[str], None],
) -> dict:
    """AdamW on random batches of ``samples`` until the budget (time, or ``max_steps``) is spent; returns the
    loss curve (mean training loss over each ``log_every`` steps) and the counts."""
    import torch

    params = [*model.parameters(), unused]
    optimizer = torch.optim.AdamW(params, lr=settings.lr, betas=(0.9, 0.95), weight_decay=0.1)
    picks = torch.Generator().manual_seed(settings.seed)
    start, step, tokens, answer_tokens = time.perf_counter(), 0, 0, 0
    curve: list[dict] = []
    window: list[float] = []  # the training losses since the last logged step
    while True:
        elapsed = time.perf_counter() - start
        progress = max(elapsed / settings.budget_s, step / settings.max_steps if settings.max_steps else 0.0)
        if progress >= 1:
            break
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(settings, step, progress)
        chosen = torch.randint(len(samples), (settings.batch,), generator=picks).tolist()
        ids, targets = batch_tensors([samples[i] for i in chosen])
        loss = answer_loss(model, unused, unused_rows, ids, targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        window.append(loss.item())
        tokens += sum(len(samples[i][0]) for i in chosen)
        answer_tokens += int((targets >= 0).sum())
        if step % settings.log_every == 0:
            seconds = time.perf_counter() - start
            curve.append({"step": step, "seconds": round(seconds, 1), "loss": statistics.fmean(window)})
            window = []
            log(f"step {step}: {seconds:.0f} s, loss {curve[-1]['loss']:.3f}, {tokens / seconds:.0f} tokens/s")
    return {
        "steps": step,
        "train_seconds": time.perf_counter() - start,
        "curve": curve,
        "tokens_seen": tokens,
        "answer_tokens_seen": answer_tokens,
    }


def padded(trained: torch.Tensor, rows: int, fill: torch.Tensor, noise: float, generator: torch.Generator):
    """``trained`` with rows up to ``rows``: ``fill`` plus random values of deviation ``noise`` (no two equal)."""
    import torch

    extra = torch.randn(rows - trained.shape[0], trained.shape[1], generator=generator) * noise
    return torch.cat([trained, fill + extra])


def write_weights(folder: Path, model: Qwen2ForCausalLM, unused: torch.Tensor, settings: TrainingSettings) -> None:
    """The trained language model into the checkpoint's safetensors, under the published tensor names, bf16."""
    import torch
    from safetensors.torch import load_file

    from desktop_vlm.runtime.synthetic_parts import save_weights

    generator = torch.Generator().manual_seed(settings.seed)
    trained = {f"language_model.{name}": t.detach() for name, t in model.state_dict().items()}
    embed, head = "language_model.model.embed_tokens.weight", "language_model.lm_head.weight"
    # embedding rows past the tokenizer are never looked up: random values as at initialisation; head rows are
    # the trained unused row, nearly exactly (its logit stood for all of them in training)
    init = model.config.initializer_range
    trained[embed] = padded(trained[embed], settings.vocab_size, torch.zeros(settings.hidden), init, generator)
    trained[head] = padded(trained[head], settings.vocab_size, unused.detach(), 1e-3, generator)
    stored = load_file(str(folder / "model.safetensors"))
    expected = {name for name in stored if name.startswith("language_model.")}
    if expected != set(trained):  # the writer's names are the published ones: training must fill exactly them
        raise RuntimeError(f"trained tensors differ from the checkpoint's: {sorted(expected ^ set(trained))}")
    kept = {name: t.clone() for name, t in stored.items() if name not in trained}
    save_weights(folder, kept | {name: t.to(torch.bfloat16).contiguous() for name, t in trained.items()})


# ----------------------------------------------------------------- the whole checkpoint
def corpus_identity() -> dict:
    """What the corpus depends on besides the settings: the standard library read."""
    return {"python": platform.python_version(), "stdlib": str(stdlib_folder())}


def _products() -> str:
    from desktop_vlm.runtime.device import cpu_has_native_bf16

    return "bf16 autocast" if cpu_has_native_bf16() else "float32"


def training_record(folder: Path) -> dict:
    """``training.json`` of a trained checkpoint: its settings, corpus, shape and losses."""
    return json.loads((folder / MARKER).read_text())


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build(folder: Path, settings: TrainingSettings, log: Callable[[str], None] = _stderr) -> dict:
    """Write and train the checkpoint in ``folder`` (emptied first); returns the training record."""
    import torch

    began = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    train_set, held_out = corpus(settings)
    write_files(folder, settings, train_set)
    vocab = len(checkpoint_tokenizer(folder))
    unused_rows = settings.vocab_size - vocab
    if unused_rows <= 0:
        raise ValueError(f"vocab_size {settings.vocab_size} leaves no rows past the tokenizer's {vocab}")
    samples, uncut = chat_samples(folder, train_set, settings.answer_tokens)
    evaluation = chat_samples(folder, spread(held_out, settings.eval_passages), settings.answer_tokens)[0]
    model = language_model(folder, vocab, settings.seed)
    unused = torch.nn.Parameter(torch.randn(settings.hidden) * model.config.initializer_range)
    shape = (
        f"Qwen2, width {settings.hidden}, {settings.layers} layers, {settings.heads} heads over {settings.kv_heads} "
        f"key/value heads, MLP {settings.intermediate}, untied head of {settings.vocab_size} rows ({vocab} trained); "
        f"{sum(p.numel() for n, p in model.named_parameters() if 'embed' not in n):,} parameters besides the embedding"
    )
    corpus_line = (
        f"{len(corpus_files(settings.corpus_files))} standard-library files: {len(samples)} training passages "
        f"({sum(len(ids) for ids, _ in samples):,} tokens as chats with answers cut at {settings.answer_tokens}; "
        f"{uncut:,} answer tokens uncut), {len(held_out)} held-out passages"
    )
    log(f"model: {shape}\ncorpus: {corpus_line}\nproducts: {_products()}")
    before = mean_loss(model, unused, unused_rows, evaluation)
    log(f"held-out loss before training: {before:.3f}")
    result = train(model, unused, unused_rows, samples, settings, log)
    after = mean_loss(model, unused, unused_rows, evaluation)
    log(f"held-out loss after {result['steps']} steps ({result['train_seconds']:.0f} s): {after:.3f}")
    write_weights(folder, model, unused, settings)
    record = {
        "settings": asdict(settings),
        "corpus": corpus_identity(),
        "model": shape,
        "corpus_summary": corpus_line,
        "products": _products(),
        "held_out_loss_before": before,
        "held_out_loss_after": after,
        "wall_seconds": time.perf_counter() - began,
        **result,
    }
    (folder / MARKER).write_text(json.dumps(record, indent=2))  # last: a build cut short leaves no marker
    return record


def ensure_trained_checkpoint(workdir: Path, settings: TrainingSettings = SIZES["small"]) -> Path:
    """``workdir/internvl2_5-code-WIDTHxLAYERS``: reused when its ``training.json`` records these settings and
    this standard library, written and trained otherwise."""
    folder = workdir / f"internvl2_5-code-{settings.hidden}x{settings.layers}"
    if not _reusable(folder, settings):
        build(folder, settings)
    return folder


def _reusable(folder: Path, settings: TrainingSettings) -> bool:
    if not ((folder / "config.json").is_file() and (folder / MARKER).is_file()):
        return False
    record = training_record(folder)
    return record["settings"] == asdict(settings) and record["corpus"] == corpus_identity()


def sized_settings(size: str, budget_s: float | None = None, seed: int | None = None) -> TrainingSettings:
    """The settings of ``size``, with the budget and seed given (None: the size's)."""
    settings = SIZES[size]
    if budget_s is not None:
        settings = replace(settings, budget_s=budget_s)
    if seed is not None:
        settings = replace(settings, seed=seed)
    return settings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workdir", type=Path, required=True)
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--budget-s", type=float, help="training time in seconds (default: the size's)")
    ap.add_argument("--seed", type=int, help="default: the size's")
    args = ap.parse_args(argv)
    print(ensure_trained_checkpoint(args.workdir, sized_settings(args.size, args.budget_s, args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
