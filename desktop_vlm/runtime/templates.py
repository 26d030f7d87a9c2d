"""Conversation templates of the original checkpoints (MPT separator style), rendered byte-exactly.

Rendering rule shared by all of them: the system block is always emitted, then for each message
``role + text + sep`` — except that a message whose text is empty (a falsy history answer, or the open
assistant turn) renders as the bare role, with no separator.
"""

from __future__ import annotations

from dataclasses import dataclass


_INTERNVL_SYSTEM = (
    "你是由上海人工智能实验室联合商汤科技开发的书生多模态大模型，英文名叫InternVL, 是一个有用无害的人工智能助手。"
)
_INTERNVL2_5_SYSTEM = (
    "你是书生·万象，英文名是InternVL，是由上海人工智能实验室、清华大学及多家合作单位联合开发的多模态大语言模型。"
)
VINTERN_SYSTEM = (
    "Bạn là một mô hình trí tuệ nhân tạo đa phương thức Tiếng Việt có tên gọi là Vintern, được phát triển bởi "
    "người Việt. Bạn là một trợ lý trí tuệ nhân tạo hữu ích và không gây hại."
)
_CHATML_ROLES = ("<|im_start|>user\n", "<|im_start|>assistant\n")


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


TEMPLATES: dict[str, ConversationTemplate] = {
    t.name: t
    for t in (
        ConversationTemplate(
            "internvl2_5", "<|im_start|>system\n{system_message}", _INTERNVL2_5_SYSTEM, _CHATML_ROLES, "<|im_end|>\n"
        ),
        ConversationTemplate(
            "Hermes-2", "<|im_start|>system\n{system_message}", _INTERNVL_SYSTEM, _CHATML_ROLES, "<|im_end|>"
        ),
        ConversationTemplate(
            "internlm2-chat", "<|im_start|>system\n{system_message}", _INTERNVL_SYSTEM, _CHATML_ROLES, "<|im_end|>"
        ),
        ConversationTemplate(
            "phi3-chat", "<|system|>\n{system_message}", _INTERNVL_SYSTEM, ("<|user|>\n", "<|assistant|>\n"), "<|end|>"
        ),
        ConversationTemplate(
            "qwen", "<|im_start|>system\n{system_message}", "You are a helpful assistant.", _CHATML_ROLES, "<|im_end|>\n"
        ),
    )
}
