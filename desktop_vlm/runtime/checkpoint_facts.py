"""What a checkpoint folder is, from its files alone, without torch: the answer to "why does this model
misbehave?" for a person or a bug report (``desktop-vlm models inspect`` and the model manager).

Family and language model, the template and where its system message came from, the tokenizer layout read and
how its vocabulary compares with the embedding rows, the special tokens the prompt format needs, parameter
counts and the memory each precision would take. Problems are collected, not raised: a half-broken folder
still gets a report saying what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..config.options import MEMORY_PRECISIONS
from ..core.errors import DesktopVlmError
from ..core.messages import Message
from .checkpoint import open_checkpoint
from .config_defaults import complete_config
from .footprint import RUNTIME_OVERHEAD_BYTES, weights_bytes
from .identity import choose_template, recorded_repo_id

_EMBEDDING_NAMES = ("language_model.model.embed_tokens.weight", "language_model.model.tok_embeddings.weight")
_PROMPT_TOKENS = ("<img>", "</img>", "<IMG_CONTEXT>")


@dataclass
class CheckpointFacts:
    path: Path
    family: str = ""
    description: str = ""
    language_model: str = ""
    repository: str | None = None
    template: str = ""
    system_message: str = ""
    system_message_source: str = ""
    tokenizer_layout: str = ""
    tokenizer_files: tuple[str, ...] = ()
    tokenizer_size: int = 0
    embedding_rows: int = 0
    parameters: int = 0
    parameters_by_part: dict[str, int] = field(default_factory=dict)
    stored_dtypes: dict[str, int] = field(default_factory=dict)  # safetensors dtype -> tensor count
    memory_bytes: dict[str, int] = field(default_factory=dict)  # precision -> weights + runtime overhead
    problems: list[str] = field(default_factory=list)  # each put together in the language of the moment found

    def as_dict(self) -> dict:
        out = dict(self.__dict__)
        out["path"] = str(self.path)
        out["tokenizer_files"] = list(self.tokenizer_files)
        return out


def inspect_checkpoint(path: str | Path) -> CheckpointFacts:
    """Everything :class:`CheckpointFacts` holds about the folder at ``path``; never raises for a bad folder
    (only for one that is not there), problems go to ``facts.problems``."""
    facts = CheckpointFacts(Path(path).expanduser())
    try:
        checkpoint = open_checkpoint(facts.path)
    except DesktopVlmError as err:
        facts.problems.append(str(err))
        return facts
    facts.family, facts.description = checkpoint.format.family, checkpoint.format.description
    facts.language_model = checkpoint.format.llm_architecture
    facts.repository = recorded_repo_id(checkpoint.path)
    _weights(facts, checkpoint.tensors)
    try:
        config = complete_config(checkpoint.config, checkpoint.format.family)
        choice = choose_template(checkpoint.path, config, checkpoint.format.template)
        facts.template, facts.system_message = choice.template.name, choice.template.system_message
        facts.system_message_source = choice.system_message_source
    except DesktopVlmError as err:
        facts.problems.append(str(err))
        choice = None
    _tokenizer(facts, checkpoint.path, choice.template.stop_token if choice else None)
    return facts


def _weights(facts: CheckpointFacts, tensors: dict) -> None:
    for name, info in tensors.items():
        part = name.split(".", 1)[0]
        facts.parameters_by_part[part] = facts.parameters_by_part.get(part, 0) + info.numel
        facts.stored_dtypes[info.dtype] = facts.stored_dtypes.get(info.dtype, 0) + 1
        if name in _EMBEDDING_NAMES:
            facts.embedding_rows = info.shape[0]
    facts.parameters = sum(facts.parameters_by_part.values())
    shapes = [(name, info.shape) for name, info in tensors.items()]
    facts.memory_bytes = {p: weights_bytes(shapes, p) + RUNTIME_OVERHEAD_BYTES for p in MEMORY_PRECISIONS}


def _tokenizer(facts: CheckpointFacts, folder: Path, stop_token: str | None) -> None:
    from .tokenization import choose_tokenizer, load_tokenizer

    try:
        choice = choose_tokenizer(folder, facts.language_model)
        tokenizer = load_tokenizer(folder, facts.language_model)
    except DesktopVlmError as err:
        facts.problems.append(str(err))
        return
    facts.tokenizer_layout, facts.tokenizer_files = tokenizer.layout, choice.files
    facts.tokenizer_size = len(tokenizer)
    missing = [t for t in (*_PROMPT_TOKENS, stop_token) if t and tokenizer.token_to_id(t) is None]
    if missing:
        lacking = Message("The tokenizer lacks {tokens}, which the prompt format needs.", tokens=", ".join(missing))
        facts.problems.append(str(lacking))
    if facts.embedding_rows and facts.tokenizer_size > facts.embedding_rows:
        mismatch = Message(
            "The tokenizer has {tokens:,} tokens but the model only {rows:,} embedding rows: these files do not "
            "belong together.",
            tokens=facts.tokenizer_size,
            rows=facts.embedding_rows,
        )
        facts.problems.append(str(mismatch))


def format_facts(facts: CheckpointFacts) -> list[str]:
    """The report as lines of text (the CLI prints them; the model manager shows the same)."""
    gib = lambda n: f"{n / 2**30:.1f} GiB" if n >= 2**30 else f"{n / 2**20:.0f} MiB"  # noqa: E731
    lines = [f"folder:          {facts.path}"]
    if facts.family:
        lines += [
            f"family:          {facts.family} ({facts.description}; language model {facts.language_model})",
            f"repository:      {facts.repository or 'not recorded'}",
        ]
    if facts.template:
        message = facts.system_message if len(facts.system_message) <= 60 else facts.system_message[:57] + "…"
        lines += [
            f"template:        {facts.template}",
            f"system message:  {message!r}",
            f"  taken from:    {facts.system_message_source}",
        ]
    if facts.tokenizer_layout:
        rows = f"{facts.embedding_rows:,} embedding rows" if facts.embedding_rows else "embedding rows unknown"
        lines += [
            f"tokenizer:       {facts.tokenizer_layout} ({', '.join(facts.tokenizer_files)})",
            f"vocabulary:      {facts.tokenizer_size:,} tokens, {rows}",
        ]
    if facts.parameters:
        parts = ", ".join(
            f"{k} {v / 1e9:.2f} B" if v >= 1e8 else f"{k} {v:,}" for k, v in facts.parameters_by_part.items()
        )
        stored = ", ".join(f"{n} {k}" for k, n in sorted(facts.stored_dtypes.items()))
        lines += [
            f"parameters:      {facts.parameters / 1e9:.2f} B ({parts})"
            if facts.parameters >= 1e8
            else f"parameters:      {facts.parameters:,} ({parts})",
            f"stored as:       {stored} tensors",
            "memory:          " + ", ".join(f"{p} ≈ {gib(b)}" for p, b in facts.memory_bytes.items()),
        ]
    lines += [f"problem:         {p}" for p in facts.problems] or ["problems:        none found"]
    return lines
