"""Conversation templates of the original checkpoints (MPT separator style), rendered byte-exactly. Each family
declares its templates in its ``spec.py``.

Rendering rule shared by all of them: the system block is always emitted, then for each message
``role + text + sep`` — except that a message whose text is empty (a falsy history answer, or the open
assistant turn) renders as the bare role, with no separator.
"""

from __future__ import annotations

from dataclasses import dataclass

CHATML_ROLES = ("<|im_start|>user\n", "<|im_start|>assistant\n")


@dataclass(frozen=True)
class ConversationTemplate:
    name: str
    system_template: str
    system_message: str
    roles: tuple[str, str]
    sep: str

    @property
    def stop_token(self) -> str:
        """The token generation stops on: the separator without surrounding whitespace."""
        return self.sep.strip()

    def render(self, turns: list[tuple[str, str | None]], system_message: str | None = None) -> str:
        """Render ``(question, answer)`` pairs; the last answer is None for the turn being generated."""
        system = self.system_message if system_message is None else system_message
        out = [self.system_template.format(system_message=system) + self.sep]
        user, assistant = self.roles
        for question, answer in turns:
            for role, text in ((user, question), (assistant, answer)):
                out.append(role + text + self.sep if text else role)
        return "".join(out)
