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
        name='internvl2_5',
        system_template='<|im_start|>system\n{system_message}',
        system_message='你是书生·万象，英文名是InternVL，是由上海人工智能实验室、清华大学及多家合作单位联合开发的多模态大语言模型。',
        roles=('<|im_start|>user\n', '<|im_start|>assistant\n'),
        sep_style=SeparatorStyle.MPT,
        sep='<|im_end|>\n',
    )
)
