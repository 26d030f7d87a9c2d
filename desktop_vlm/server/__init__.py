"""An OpenAI-compatible HTTP server around one runtime (``desktop-vlm serve``).

``app`` binds and configures (and says why the standard library serves HTTP), ``handler`` speaks
HTTP, ``messages`` maps OpenAI messages to a ChatRequest, ``protocol`` builds the JSON/SSE shapes,
``worker`` owns the runtime on its own thread. No Qt, no torch import here.
"""

from .app import ServerConfig, VlmServer, create_server, is_loopback
from .messages import ImagePolicy, to_chat_request
from .protocol import ApiError
from .worker import ModelWorker

__all__ = [
    "ApiError",
    "ImagePolicy",
    "ModelWorker",
    "ServerConfig",
    "VlmServer",
    "create_server",
    "is_loopback",
    "to_chat_request",
]
