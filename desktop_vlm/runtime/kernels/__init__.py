"""Batch-1 (decode) kernels on CPU: int8 / int4 weight-only layers and the per-CPU choice between kernels.

- :mod:`.packing` quantises one weight matrix into the layouts torch's own packed kernels read;
- :mod:`.quantized` is the layer that holds such a weight (decode: packed kernels; prefill: float32 blocks);
- :mod:`.probe` times each layer shape's candidate kernels once on this CPU and keeps the fastest, cached in
  the user cache folder per CPU model, torch version and thread count.
"""
