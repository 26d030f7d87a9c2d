"""Record what the ORIGINAL code gives on the fixtures in this folder. Never run by the tests or by CI.

Runs in an oracle environment of its own (see README.md here): Python 3.11, torch (CPU), transformers==4.37.2
and the models' published code, fetched separately and never committed. For each fixture it records
- tokenizers: ``AutoTokenizer.from_pretrained(folder, use_fast=False, trust_remote_code=True)`` — the model
  cards' call — on the strings of ``tokenizer_cases.py`` (ids) and on id sequences (decoded text, with and
  without ``skip_special_tokens``); where a ``tokenizer.json`` is present, the fast tokenizer's ids as well,
  to show where the two differ;
- models: the original ``chat()`` in float32, greedy, on the cases in ``MODEL_CASES`` (prompt ids, generated ids,
  the decoded answers that become the next turn's history).

Usage (from the repository root, in the oracle venv):
    python tests/data/published/record_original.py tokenizers --mono-code DIR
    python tests/data/published/record_original.py tokenizer-folder REAL_FOLDER OUT.json   # then check_recording.py
    python tests/data/published/record_original.py models --internvl-code DIR --mono-code DIR \
        --ristretto-code DIR --vintern-conversation FILE
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tokenizer_cases import HARD_STRINGS, random_id_sequences, random_strings  # noqa: E402

RANDOM_STRINGS = 400
RANDOM_ID_SEQUENCES = 150


def _with_code(folder: Path, code_files: list[Path]) -> Path:
    """A temporary copy of ``folder`` with the original code files the hub repository ships next to it."""
    work = Path(tempfile.mkdtemp(prefix="oracle-")) / folder.name
    shutil.copytree(folder, work)
    for file in code_files:
        shutil.copy(file, work / file.name)
    return work


def record_tokenizer(folder: Path, code_files: list[Path], out: Path) -> None:
    from transformers import AutoTokenizer

    work = _with_code(folder, code_files)
    slow = AutoTokenizer.from_pretrained(str(work), use_fast=False, trust_remote_code=True)
    strings = HARD_STRINGS + random_strings(RANDOM_STRINGS)
    specials = sorted(set(slow.all_special_ids) | set(slow.added_tokens_decoder))
    sequences = [slow(s)["input_ids"] for s in HARD_STRINGS] + random_id_sequences(len(slow), specials, RANDOM_ID_SEQUENCES)
    record = {
        "tokenizer_class": type(slow).__name__,
        "transformers": __import__("transformers").__version__,
        "length": len(slow),
        "encode": [{"text": s, "ids": slow(s)["input_ids"]} for s in strings],
        "decode": [
            {
                "ids": ids,
                "text": _safe_decode(slow, ids, False),
                "text_skip_special": _safe_decode(slow, ids, True),
            }
            for ids in sequences
        ],
    }
    if (folder / "tokenizer.json").is_file():
        fast = AutoTokenizer.from_pretrained(str(work), use_fast=True, trust_remote_code=True)
        record["fast_tokenizer_class"] = type(fast).__name__
        record["fast_differs_on"] = [s for s in strings if fast(s)["input_ids"] != slow(s)["input_ids"]]
    out.write_text(json.dumps(record, ensure_ascii=False, indent=0))
    print(f"{folder.name}: {type(slow).__name__}, {len(strings)} strings, {len(sequences)} id sequences -> {out.name}")


def _safe_decode(tokenizer, ids: list[int], skip: bool) -> str | None:
    """The original's decoded text, or None where the original raises (ids past its vocabulary)."""
    try:
        return tokenizer.decode(ids, skip_special_tokens=skip)
    except (IndexError, TypeError, ValueError):
        return None


def add_converted_tokenizer_json(folder: Path) -> None:
    """Write the ``tokenizer.json`` transformers 4.37 converts from the slow files (what a repository that
    ships both holds, since ``save_pretrained`` of the fast tokenizer writes it)."""
    from transformers import AutoTokenizer

    if (folder / "tokenizer.json").is_file():
        return
    fast = AutoTokenizer.from_pretrained(str(folder), use_fast=True)
    work = Path(tempfile.mkdtemp(prefix="oracle-fast-"))
    fast.save_pretrained(str(work))
    shutil.copy(work / "tokenizer.json", folder / "tokenizer.json")


# --------------------------------------------------------------------------------------------- models
IMAGES = HERE.parents[1] / "data" / "reference" / "images"
MAX_NEW_TOKENS = 12
# (case name, question, [(image, max_num)], history from a previous case or None, num_patches_list form, extra)
# "history" names an earlier case whose returned history this turn continues, as a chat app does.
MODEL_CASES = [
    ("text_turn1", "Xin chào! Who are you? 你好", [], None, {}),
    ("text_turn2", " and then?\nTell me more.", [], "text_turn1", {}),
    ("text_turn3", "\nnewline first, <|im_end|> typed by the user", [], "text_turn2", {}),
    ("image_inside", "Look at this: <image>\nWhat is in the picture?", [("image2.png", 6)], None, {}),
    ("image_auto", "Hãy mô tả hình ảnh này.", [("image1.png", 4)], None, {}),
    ("image_turn2", "再说一遍，用中文。", [("image1.png", 4)], "image_auto", {}),
    ("two_images", "Image-1: <image>\nImage-2: <image>\nCompare them.", [("image1.png", 2), ("image2.png", 2)], None, {}),
]
RISTRETTO_CASES = [
    ("image_tokens_64", "<image>\nDescribe briefly.", [("image2.png", 4)], None, {"num_image_token": 64}),
    ("image_tokens_144", "<image>\nDescribe briefly.", [("image2.png", 4)], None, {"num_image_token": 144}),
]


def _candidate_grids(max_num: int) -> list[tuple[int, int]]:
    """The model cards' candidate grids, in their order: a set of (columns, rows) sorted by tile count, so
    equal counts keep the set's iteration order."""
    grids = {(i, j) for n in range(1, max_num + 1) for i in range(1, n + 1) for j in range(1, n + 1) if 1 <= i * j <= max_num}
    return sorted(grids, key=lambda g: g[0] * g[1])


def _tiles(image, max_num: int, size: int):
    """The model cards' dynamic tiling: the closest aspect ratio (ties to the later grid when the image is large
    enough), a resize to the grid, row-major crops, and a thumbnail when there is more than one tile."""
    width, height = image.size
    aspect = width / height
    best, best_diff = (1, 1), float("inf")
    for grid in _candidate_grids(max_num):
        diff = abs(aspect - grid[0] / grid[1])
        if diff < best_diff:
            best, best_diff = grid, diff
        elif diff == best_diff and width * height > 0.5 * size * size * grid[0] * grid[1]:
            best = grid
    resized = image.resize((size * best[0], size * best[1]))
    tiles = [resized.crop((c * size, r * size, (c + 1) * size, (r + 1) * size)) for r in range(best[1]) for c in range(best[0])]
    if len(tiles) != 1:
        tiles.append(image.resize((size, size)))
    return tiles


def _pixels(name: str, max_num: int, size: int, mean, std):
    import numpy as np
    import torch
    from PIL import Image

    image = Image.open(IMAGES / name).convert("RGB")
    out = []
    for tile in _tiles(image, max_num, size):
        tile = tile.resize((size, size), Image.BICUBIC)
        array = np.asarray(tile, dtype=np.float32) / 255.0
        array = (array - np.array(mean, dtype=np.float32)) / np.array(std, dtype=np.float32)
        out.append(torch.from_numpy(array.transpose(2, 0, 1).copy()))
    return torch.stack(out)


def _run_cases(chat, cases, size: int, mean, std) -> dict:
    """Each case through ``chat(pixel_values, question, history, num_patches_list, extra) -> (ids, raw, response,
    history)``; histories are carried as the original returns them (decoded text)."""
    import torch

    records, histories = {}, {}
    for name, question, images, after, extra in cases:
        pixels = [_pixels(img, n, size, mean, std) for img, n in images]
        history = [list(turn) for turn in histories[after]] if after else None
        pixel_values = torch.cat(pixels) if pixels else None
        patches = [p.shape[0] for p in pixels] if pixels else None
        given = [list(turn) for turn in history] if history is not None else None  # chat() appends to its list
        ids, raw, response, new_history = chat(pixel_values, question, history, patches, extra)
        histories[name] = [tuple(t) for t in new_history]
        records[name] = {
            "question": question, "images": [list(i) for i in images], "history": given, "extra": extra,
            "num_patches_list": patches, "input_ids": ids, "generated_ids_raw": raw,
            "generated_ids": raw[1:],  # transformers 4.37 puts a dummy BOS in front when generating from embeddings
            "response": response,
        }  # fmt: skip
        print(f"  {name}: {len(ids)} prompt ids, generated {raw[1:]}")
    return records


def _capture_prompt(tokenizer):
    """Wrap the tokenizer's __call__ to keep the prompt ids chat() builds."""
    seen = {}
    original = type(tokenizer).__call__

    def call(self, text, *args, **kwargs):
        out = original(self, text, *args, **kwargs)
        seen["ids"] = [int(i) for i in out["input_ids"][0]] if kwargs.get("return_tensors") else out["input_ids"]
        return out

    type(tokenizer).__call__ = call
    return seen


def record_internvl(folder: Path, code: Path, conversation_file: Path | None) -> dict:
    """The InternVL training repository's InternVLChatModel (the hub code's source) at float32."""
    import torch
    from transformers import AutoTokenizer

    sys.path.insert(0, str(code))
    import internvl.model.internvl_chat.modeling_internvl_chat as modeling
    from internvl.model.internvl_chat import InternVLChatModel

    if conversation_file is not None:  # the fork's own conversation.py, as its hub repository ships it
        import importlib.util

        spec = importlib.util.spec_from_file_location("fork_conversation", conversation_file)
        fork = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(fork)
        modeling.get_conv_template = fork.get_conv_template
    tokenizer = AutoTokenizer.from_pretrained(str(folder), use_fast=False, trust_remote_code=True)
    model = InternVLChatModel.from_pretrained(str(folder), torch_dtype=torch.float32).eval()
    seen = _capture_prompt(tokenizer)
    captured = {}
    generate = model.language_model.generate

    def keep_output(*args, **kwargs):
        out = generate(*args, **kwargs)
        captured["raw"] = [int(i) for i in out[0]]
        return out

    model.language_model.generate = keep_output

    def chat(pixel_values, question, history, patches, extra):
        config = {"max_new_tokens": MAX_NEW_TOKENS, "do_sample": False}
        response, new_history = model.chat(tokenizer, pixel_values, question, config, history=history,
                                           return_history=True, num_patches_list=patches)  # fmt: skip
        return seen["ids"], captured["raw"], response, new_history

    return {"system_message": model.system_message, "template": model.template,
            "cases": _run_cases(chat, MODEL_CASES, 448, (0.485, 0.456, 0.406), (0.229, 0.224, 0.225))}  # fmt: skip


def record_ristretto(folder: Path, code: Path) -> dict:
    """The hub repository's own modelling code (RistrettoModel), loaded as remote code at float32."""
    import torch
    from transformers import AutoTokenizer
    from transformers.dynamic_module_utils import get_class_from_dynamic_module

    work = _with_code(folder, [code / "modeling_ristretto.py", code / "projector.py", code / "conversation.py"])
    model_class = get_class_from_dynamic_module("modeling_ristretto.RistrettoModel", str(work))
    tokenizer = AutoTokenizer.from_pretrained(str(work), use_fast=False, trust_remote_code=True)
    model = model_class.from_pretrained(str(work), torch_dtype=torch.float32).eval()
    seen = _capture_prompt(tokenizer)
    captured = {}
    generate = model.language_model.generate

    def keep_output(*args, **kwargs):
        out = generate(*args, **kwargs)
        captured["raw"] = [int(i) for i in out[0]]
        return out

    model.language_model.generate = keep_output

    def chat(pixel_values, question, history, patches, extra):
        config = {"max_new_tokens": MAX_NEW_TOKENS, "do_sample": False}
        response, new_history = model.chat(tokenizer, pixel_values, question, config, history=history,
                                           return_history=True, num_patches_list=patches, **extra)  # fmt: skip
        return seen["ids"], captured["raw"], response, new_history

    cases = MODEL_CASES + RISTRETTO_CASES
    return {"system_message": model.system_message, "template": model.template,
            "cases": _run_cases(chat, cases, 384, (0.5, 0.5, 0.5), (0.5, 0.5, 0.5))}  # fmt: skip


def record_mono(folder: Path, code: Path) -> dict:
    """Mono-InternVL's published chat(), reconstructed on the training repository's model classes.

    The hub's modelling code is not public in a form we could fetch; its chat() is InternVL2-era hub code plus
    the visual-expert mask (the Mono-InternVL README's usage needs exactly that): '<image>\\n' prepended on a
    first turn without a placeholder, placeholders replaced in order, only <|im_end|> stops, the answer split
    at it. Text-only turns pass an all-zero visual mask (the training code's own text-only branch is broken).
    """
    import torch
    from transformers import AutoTokenizer

    sys.path.insert(0, str(code))
    from internvl.conversation import get_conv_template
    from internvl.model.internvl_chat import InternVLChatModel

    work = _with_code(folder, [code / "internvl/model/internlm2/tokenization_internlm2.py"])
    tokenizer = AutoTokenizer.from_pretrained(str(work), use_fast=False, trust_remote_code=True)
    model = InternVLChatModel.from_pretrained(str(folder), torch_dtype=torch.float32).eval()
    context_id = tokenizer.convert_tokens_to_ids("<IMG_CONTEXT>")
    model.img_context_token_id = context_id

    def chat(pixel_values, question, history, patches, extra):
        if history is None and pixel_values is not None and "<image>" not in question:
            question = "<image>\n" + question
        patches = patches or []
        template = get_conv_template(model.template)
        for old_question, old_answer in history or []:
            template.append_message(template.roles[0], old_question)
            template.append_message(template.roles[1], old_answer)
        template.append_message(template.roles[0], question)
        template.append_message(template.roles[1], None)
        query = template.get_prompt()
        for n in patches:
            query = query.replace("<image>", "<img>" + "<IMG_CONTEXT>" * model.num_image_token * n + "</img>", 1)
        ids = tokenizer(query, return_tensors="pt")["input_ids"]
        with torch.no_grad():
            embeds = model.language_model.get_input_embeddings()(ids)
            selected = ids == context_id
            if pixel_values is not None:
                embeds[selected] = model.extract_feature(pixel_values).reshape(-1, embeds.shape[-1])
            out = model.language_model.generate(
                inputs_embeds=embeds, attention_mask=torch.ones_like(ids), use_cache=True,
                visual_token_mask=selected.unsqueeze(-1).to(embeds.dtype), max_new_tokens=MAX_NEW_TOKENS,
                do_sample=False, eos_token_id=tokenizer.convert_tokens_to_ids(template.sep.strip()),
            )  # fmt: skip
        raw = [int(i) for i in out[0]]
        response = tokenizer.batch_decode(out, skip_special_tokens=True)[0].split(template.sep.strip())[0].strip()
        return [int(i) for i in ids[0]], raw, response, list(history or []) + [(question, response)]

    system = get_conv_template(model.template).system_message
    return {"system_message": system, "template": model.template,
            "cases": _run_cases(chat, MODEL_CASES, 448, (0.485, 0.456, 0.406), (0.229, 0.224, 0.225))}  # fmt: skip


def record_models(args) -> None:
    import transformers

    models = HERE / "models"
    jobs = {
        "InternVL2_5-4B": lambda f: record_internvl(f, args.internvl_code, None),
        "InternVL2_5-4B+tokenizer.json": lambda f: record_internvl(f, args.internvl_code, None),
        "Mini-InternVL-Chat-4B-V1-5": lambda f: record_internvl(f, args.internvl_code, None),
        "Mini-InternVL-Chat-4B-V1-5+tokenizer.json": lambda f: record_internvl(f, args.internvl_code, None),
        "Vintern-3B-beta": lambda f: record_internvl(f, args.internvl_code, args.vintern_conversation),
        "Ristretto-3B": lambda f: record_ristretto(f, args.ristretto_code),
        "Mono-InternVL-2B": lambda f: record_mono(f, args.mono_code),
    }
    if not args.only:  # one process per model: the InternVL and Mono-InternVL code both call their package `internvl`
        import subprocess

        for name in jobs:
            subprocess.run([sys.executable, __file__, *sys.argv[1:], "--only", name], check=True)
        return
    for name in args.only:
        print(name)
        folder = models / name
        if name.endswith("+tokenizer.json"):  # the base checkpoint plus the tokenizer.json 4.37 converts for it
            folder.mkdir(exist_ok=True)
            base = models / name.removesuffix("+tokenizer.json")
            work = Path(tempfile.mkdtemp(prefix="oracle-both-")) / base.name
            shutil.copytree(base, work)
            add_converted_tokenizer_json(work)
            shutil.copy(work / "tokenizer.json", folder / "tokenizer.json")
            record = jobs[name](work)
        else:
            record = jobs[name](folder)
        record |= {"transformers": transformers.__version__, "max_new_tokens": MAX_NEW_TOKENS, "dtype": "float32"}
        (folder / "original.json").write_text(json.dumps(record, ensure_ascii=False, indent=1))


def main() -> None:
    warnings.filterwarnings("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["tokenizers", "tokenizer-folder", "models"])
    parser.add_argument("folder", nargs="?", type=Path, help="tokenizer-folder: any tokenizer folder (a real download)")
    parser.add_argument("out", nargs="?", type=Path, help="tokenizer-folder: where to write the recording")
    parser.add_argument("--mono-code", type=Path, help="a checkout of OpenGVLab/Mono-InternVL")
    parser.add_argument("--internvl-code", type=Path, help="OpenGVLab/InternVL's internvl_chat folder (22839ce)")
    parser.add_argument("--ristretto-code", type=Path, help="Ristretto-3B's modeling_ristretto.py, projector.py, conversation.py")
    parser.add_argument("--vintern-conversation", type=Path, help="5CD-AI's conversation.py (Vintern-7B repo, a094376)")
    parser.add_argument("--only", nargs="*", help="models: record only these")
    args = parser.parse_args()
    if args.what == "tokenizer-folder":
        record_tokenizer(args.folder, [], args.out)
    if args.what == "models":
        record_models(args)
    if args.what == "tokenizers":
        for folder in sorted(p for p in (HERE / "tokenizers").iterdir() if p.is_dir()):
            code = []
            if (folder / "tokenizer.model").is_file() and "InternLM2" in (folder / "tokenizer_config.json").read_text():
                code = [args.mono_code / "internvl/model/internlm2/tokenization_internlm2.py"]
            if folder.name.endswith("+tokenizer.json"):
                add_converted_tokenizer_json(folder)
            record_tokenizer(folder, code, folder / "original.json")


if __name__ == "__main__":
    main()
