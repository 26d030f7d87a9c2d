"""One timed request on one engine, in a fresh process: ``python benchmarks/llamacpp_engines.py ENGINE JSON_ARGS``
prints one JSON object. Run by ``benchmarks/llamacpp_bench.py``, which alternates the engines.

Both engines get the same request: one picture at one tile, the InternVL chat prompt, ``new_tokens`` tokens
with the stop token ignored, ``threads`` threads. Reported: import and load seconds, vision (encoding the
tiles), prefill (the prompt through the language model), time to first token, decode tokens/s (the tokens after
the first), prompt tokens, and the process's peak resident memory (VmHWM: not inherited from the parent).

- ``ours``: :func:`desktop_vlm.runtime.load_runtime` with ``quantize`` none / int8 / int4;
- ``llama``: llama-cpp-python's bindings of llama.cpp and its multimodal library (mtmd): the image chunk
  encoded (vision) and decoded into the context (prefill) separately, then greedy steps; ``repack: false``
  keeps the weights in the file's layout (llama.cpp's AMX path for Q8_0 crashed on an AMX CPU).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "Describe the image in detail."
SYSTEM = "你是书生·万象，英文名是InternVL，是由上海人工智能实验室、清华大学及多家合作单位联合开发的多模态大语言模型。"


def peak_rss_bytes() -> int:
    """This process's peak resident set (Linux VmHWM; ru_maxrss elsewhere, where a child's may be its parent's)."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) * 1024
    except (OSError, AttributeError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def picture(path: Path):
    from PIL import Image

    return Image.open(path).convert("RGB")


def run_ours(args: dict) -> dict:
    started = time.perf_counter()
    import torch

    torch.set_num_threads(args["threads"])
    sys.path.insert(0, str(ROOT))
    from desktop_vlm.core.types import GenerationParams, TileParams
    from desktop_vlm.runtime import ChatRequest, VisualInput, load_runtime

    imported = time.perf_counter()
    runtime = load_runtime(args["checkpoint"], device="cpu", quantize=args["quantize"])
    loaded = time.perf_counter()
    runtime.stop_id = -1  # exactly new_tokens tokens
    request = ChatRequest(
        f"<image>\n{QUESTION}",
        [VisualInput(picture(Path(args["image"])))],
        params=GenerationParams(max_new_tokens=args["new_tokens"]),
        tiles=TileParams(max_tiles=1),
    )
    stats = runtime.generate(request).stats
    return {
        "import_s": imported - started,
        "load_s": loaded - imported,
        "vision_s": stats.vision_encode_s,
        "prefill_s": stats.prefill_s,
        "ttft_s": stats.time_to_first_token_s,
        "decode_tok_s": stats.decode_tokens_per_s,
        "prompt_tokens": stats.prompt_tokens,
        "kernel": stats.decode_kernel,
        "instructions": f"ATen {torch.backends.cpu.get_cpu_capability()}",
        "peak_rss": peak_rss_bytes(),
    }


def without_repacking(llama_cpp) -> None:
    """Load models with llama.cpp's extra buffer types off: weights stay in the file's layout instead of being
    repacked for AMX tiles or interleaved AVX rows (``use_extra_bufts``; the bindings' ``Llama`` has no
    argument for it, so the default parameters it starts from are changed)."""
    bindings = llama_cpp.llama_cpp
    defaults = bindings.llama_model_default_params

    def params():
        chosen = defaults()
        chosen.use_extra_bufts = False
        return chosen

    bindings.llama_model_default_params = params


def run_llama(args: dict) -> dict:
    import ctypes

    started = time.perf_counter()
    import llama_cpp
    import llama_cpp.mtmd_cpp as mtmd
    import numpy as np

    imported = time.perf_counter()
    if not args.get("repack", True):
        without_repacking(llama_cpp)
    threads = args["threads"]
    llm = llama_cpp.Llama(
        args["gguf"], n_ctx=4096, n_batch=512, n_ubatch=512, n_threads=threads, n_threads_batch=threads, verbose=False
    )
    params = mtmd.mtmd_context_params_default()
    params.use_gpu, params.n_threads, params.print_timings = False, threads, False
    context = mtmd.mtmd_init_from_file(args["mmproj"].encode(), llm.model, params)
    if not context:
        raise SystemExit("llama.cpp could not load the mmproj file")
    loaded = time.perf_counter()

    request_start = time.perf_counter()
    image = Path(args["image"]).read_bytes()
    buffer = (ctypes.c_uint8 * len(image)).from_buffer_copy(image)
    bitmap = mtmd.mtmd_helper_bitmap_init_from_buf(context, buffer, len(image), False)
    marker = mtmd.mtmd_default_marker().decode()
    prompt = (
        f"<|im_start|>system\n{SYSTEM}<|im_end|>\n<|im_start|>user\n{marker}\n{QUESTION}<|im_end|>\n"
        "<|im_start|>assistant\n"
    )
    encoded = prompt.encode()
    text = mtmd.mtmd_input_text()
    text.text, text.text_len, text.add_special, text.parse_special = encoded, len(encoded), True, True
    chunks = mtmd.mtmd_input_chunks_init()
    bitmaps = (mtmd.mtmd_bitmap_p_ctypes * 1)(bitmap)
    if mtmd.mtmd_tokenize(context, chunks, ctypes.byref(text), bitmaps, 1) != 0:
        raise SystemExit("llama.cpp could not tokenize the prompt")
    lctx = llm.ctx
    n_past, vision_s, prompt_tokens = 0, 0.0, 0
    new_past = llama_cpp.llama_pos(0)
    for i in range(mtmd.mtmd_input_chunks_size(chunks)):
        chunk = mtmd.mtmd_input_chunks_get(chunks, i)
        prompt_tokens += mtmd.mtmd_input_chunk_get_n_tokens(chunk)
        last = i == mtmd.mtmd_input_chunks_size(chunks) - 1
        if mtmd.mtmd_input_chunk_get_type(chunk) == mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
            status = mtmd.mtmd_helper_eval_chunk_single(
                context, lctx, chunk, n_past, 0, 512, last, ctypes.byref(new_past)
            )
        else:
            begin = time.perf_counter()
            if mtmd.mtmd_encode_chunk(context, chunk) != 0:
                raise SystemExit("llama.cpp could not encode the image")
            vision_s += time.perf_counter() - begin
            embeddings = mtmd.mtmd_get_output_embd(context)
            no_callback = mtmd.mtmd_helper_post_decode_callback()
            status = mtmd.mtmd_helper_decode_image_chunk(
                context, lctx, chunk, embeddings, n_past, 0, 512, ctypes.byref(new_past), no_callback, None
            )
        if status != 0:
            raise SystemExit(f"llama.cpp failed on prompt chunk {i} ({status})")
        n_past = new_past.value
    vocab = llama_cpp.llama_vocab_n_tokens(llama_cpp.llama_model_get_vocab(llm.model))
    stamps = []
    for step in range(args["new_tokens"]):
        logits = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(lctx, -1), shape=(vocab,))
        token = int(logits.argmax())
        stamps.append(time.perf_counter())
        if step == args["new_tokens"] - 1:
            break
        batch = llama_cpp.llama_batch_get_one((llama_cpp.llama_token * 1)(token), 1)
        if llama_cpp.llama_decode(lctx, batch) != 0:
            raise SystemExit("llama.cpp failed to decode a token")
    ttft = stamps[0] - request_start
    decode = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0
    return {
        "import_s": imported - started,
        "load_s": loaded - imported,
        "vision_s": vision_s,
        "prefill_s": ttft - vision_s,
        "ttft_s": ttft,
        "decode_tok_s": decode,
        "prompt_tokens": prompt_tokens,
        "kernel": Path(args["gguf"]).stem + ("" if args.get("repack", True) else ", not repacked"),
        "instructions": llama_cpp.llama_print_system_info().decode().strip(),
        "peak_rss": peak_rss_bytes(),
    }


def main(argv: list[str]) -> int:
    engine, args = argv[0], json.loads(argv[1])
    result = run_ours(args) if engine == "ours" else run_llama(args)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
