"""Defaults of the language models' original configuration classes (transformers 4.37's Qwen2Config and the
Phi-3 class InternVL ships), shared by the families built on them. A key a config leaves out means these."""

from __future__ import annotations

QWEN2_DEFAULTS = {
    "vocab_size": 151936,
    "hidden_size": 4096,
    "intermediate_size": 22016,
    "num_hidden_layers": 32,
    "num_attention_heads": 32,
    "num_key_value_heads": 32,
    "hidden_act": "silu",
    "max_position_embeddings": 32768,
    "rms_norm_eps": 1e-6,
    "tie_word_embeddings": False,
    "rope_theta": 10000.0,
    "use_sliding_window": False,
}
PHI3_DEFAULTS = {
    "vocab_size": 32064,
    "hidden_size": 3072,
    "intermediate_size": 8192,
    "num_hidden_layers": 32,
    "num_attention_heads": 32,
    "num_key_value_heads": None,
    "hidden_act": "silu",
    "max_position_embeddings": 4096,
    "original_max_position_embeddings": 4096,
    "rms_norm_eps": 1e-5,
    "tie_word_embeddings": False,
    "rope_theta": 10000.0,
    "rope_scaling": None,
    "bos_token_id": 1,
    "eos_token_id": 32000,
    "pad_token_id": 32000,
    "sliding_window": None,
}
# the published Qwen2.5-3B language model (InternVL2_5-4B, Vintern-3B-beta, Ristretto-3B), for synthetic checkpoints
QWEN25_3B_SHAPE = {
    "llm_hidden": 2048,
    "llm_layers": 36,
    "llm_heads": 16,
    "kv_heads": 2,
    "llm_intermediate": 11008,
    "vocab_size": 151674,
}
