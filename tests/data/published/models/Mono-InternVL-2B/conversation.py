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
        name='internlm2-chat',
        system_template='<|im_start|>system\n{system_message}',
        system_message='你是由上海人工智能实验室联合商汤科技开发的书生多模态大模型，英文名叫InternVL, 是一个有用无害的人工智能助手。',
        roles=('<|im_start|>user\n', '<|im_start|>assistant\n'),
        sep_style=SeparatorStyle.MPT,
        sep='<|im_end|>',
    )
)
