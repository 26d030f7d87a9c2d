"""Ristretto family: SigLIP2-so400m vision tower + token-adaptive projector + Qwen2.5 (Ristretto-3B)."""
