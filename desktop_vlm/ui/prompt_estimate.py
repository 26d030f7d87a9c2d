"""The line under the composer: image tokens of the attachments and the next prompt's estimated length
against the model's context, with a warning before it would not fit (no tokenizer on the UI thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..core.text_tokens import TEMPLATE_TOKENS, estimate_tokens


class PromptEstimate(QObject):
    """Observes the composer, the controller and the service; writes ``composer.budget``."""

    def __init__(self, composer, controller, service):
        super().__init__(composer)
        self.composer, self.controller, self.service = composer, controller, service
        composer.image_token_room = self.image_token_room  # how many pages of a dropped PDF to take
        composer.token_room_left = self.token_room_left  # whether text files dropped together still fit

    def image_token_room(self) -> int | None:
        """Image tokens that still fit beside the conversation, the question, the attachments already in the
        composer and the answer's maximum length (None without a model: its context is unknown)."""
        left = self.token_room_left()
        return None if left is None else max(0, left)

    def token_room_left(self) -> int | None:
        """The context's tokens left after the next prompt and the answer's maximum length: less than zero when
        they are more than it holds (None without a model)."""
        info = self.service.model_info
        if info is None:
            return None
        used = self.prompt_tokens(self.composer.image_tokens) + self.controller.params.max_new_tokens
        return info.context_length - used

    def prompt_tokens(self, image_tokens: int) -> int:
        """The next prompt's length: the last answer's prompt plus its answer (from its stats), the new
        images, and the question's and the text files' estimated tokens."""
        conversation = self.controller.conversation
        so_far = 0
        if conversation is not None:
            for message in reversed(conversation.messages):
                if message.role == "assistant" and message.stats and "prompt_tokens" in message.stats:
                    so_far = message.stats["prompt_tokens"] + message.stats.get("new_tokens", 0)
                    break
        question = estimate_tokens(self.composer.edit.toPlainText()) + self.composer.text_tokens
        return so_far + image_tokens + question + TEMPLATE_TOKENS

    def refresh(self, *_args) -> None:
        info = self.service.model_info
        image_tokens = self.composer.image_tokens
        if info is None:
            return  # the composer's own line (image tokens) stays
        prompt = self.prompt_tokens(image_tokens)
        estimate = prompt + self.controller.params.max_new_tokens
        if estimate > info.context_length:
            warning = self.tr(
                "⚠ about %s tokens with the answer: more than the model's context of %s. Use fewer "
                "tiles or frames, or less text; otherwise the oldest turns are left out."
            )
            self.composer.budget.setText(warning % (f"{estimate:,}", f"{info.context_length:,}"))
            return
        parts = [self.tr("%s image tokens") % f"{image_tokens:,}"] if image_tokens else []
        if self.composer.text_tokens:
            parts.append(self.tr("about %s tokens of text") % f"{self.composer.text_tokens:,}")
        parts.append(self.tr("prompt ≈ %s of %s tokens") % (f"{prompt:,}", f"{info.context_length:,}"))
        self.composer.budget.setText(" · ".join(parts))
