"""Desktop VLM: chat with a vision-language model about images, documents and videos, offline."""

__version__ = "0.1.0"
