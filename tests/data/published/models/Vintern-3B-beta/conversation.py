import dataclasses
from enum import IntEnum, auto


class SeparatorStyle(IntEnum):
    ADD_COLON_SINGLE = auto()
    MPT = auto()


@dataclasses.dataclass
class Conversation:
    name: str
    system_template: str = '{system_message}'
    system_message: str = ''
    roles: tuple = ('USER', 'ASSISTANT')
    sep_style: SeparatorStyle = SeparatorStyle.ADD_COLON_SINGLE
    sep: str = '\n'
    sep2: str = None


conv_templates = {}


def register_conv_template(template, override=False):
    conv_templates[template.name] = template


register_conv_template(
    Conversation(
        name='Hermes-2',
        system_template='<|im_start|>system\n{system_message}',
        system_message='Bạn là một mô hình trí tuệ nhân tạo đa phương thức Tiếng Việt có tên gọi là Vintern, được phát triển bởi người Việt. Bạn là một trợ lý trí tuệ nhân tạo hữu ích và không gây hại.',
        roles=('<|im_start|>user\n', '<|im_start|>assistant\n'),
        sep_style=SeparatorStyle.MPT,
        sep='<|im_end|>',
    )
)
