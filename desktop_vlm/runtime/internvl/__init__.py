"""InternVL family: InternViT vision tower + pixel-shuffle MLP projector + Qwen2 / Phi-3 language model
(InternVL2_5-4B, Mini-InternVL-Chat-4B-V1-5, Vintern-3B-beta)."""
