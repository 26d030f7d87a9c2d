"""Conversation history: one SQLite file under the user data folder, attachments content-addressed beside
it. No Qt, no torch."""

from .errors import StorageFullError
from .models import Attachment, Conversation, ConversationSummary, Message
from .store import HistoryStore

__all__ = ["Attachment", "Conversation", "ConversationSummary", "HistoryStore", "Message", "StorageFullError"]
