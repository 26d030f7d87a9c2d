"""OpenAI messages → ChatRequest: placeholders where the images were, history, system, parameters."""

from __future__ import annotations

import pytest

from desktop_vlm.server import ApiError, ImagePolicy, to_chat_request
from tests.headless.server_utils import data_url

POLICY = ImagePolicy()


def _img(**extra):
    return {"type": "image_url", "image_url": {"url": data_url(), **extra}}


def _text(t):
    return {"type": "text", "text": t}


def test_images_become_placeholders_at_their_positions_across_turns():
    body = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": [_text("Compare"), _img(), _text("with"), _img(max_dynamic_patch=2)]},
            {"role": "assistant", "content": "They differ."},
            {"role": "user", "content": "And this one?"},
            {"role": "user", "content": [_img()]},
        ],
        "max_tokens": 7,
        "temperature": 0.5,
        "top_p": 0.9,
        "seed": 3,
    }
    req = to_chat_request(body, POLICY, default_max_tiles=6)
    assert req.system_message == "Be brief."
    assert [(t.question, t.answer) for t in req.history] == [("Compare\n<image>\nwith\n<image>", "They differ.")]
    assert req.question == "And this one?\n<image>"
    assert len(req.visuals) == 3 and req.visuals[1].max_tiles == 2 and req.visuals[0].max_tiles is None
    assert req.tiles.max_tiles == 6
    p = req.params
    assert p.max_new_tokens == 7 and p.do_sample and p.temperature == 0.5 and p.top_p == 0.9 and p.seed == 3


def test_greedy_unless_a_positive_temperature_is_given():
    for temperature in (None, 0, 0.0):
        body = {"messages": [{"role": "user", "content": "x"}], "temperature": temperature}
        assert not to_chat_request(body, POLICY, 4).params.do_sample


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "tool", "content": "x"}],
        [{"role": "assistant", "content": "y"}],  # no question to answer
        [{"role": "system", "content": [_img()]}, {"role": "user", "content": "x"}],
        [{"role": "user", "content": 5}],
        [{"role": "user", "content": [{"type": "input_audio"}]}],
        [
            {
                "role": "user",
                "content": [{"type": "image_url", "image_url": {"url": data_url(), "max_dynamic_patch": 0}}],
            }
        ],
    ],
)
def test_unsupported_shapes_are_refused(messages):
    with pytest.raises(ApiError) as info:
        to_chat_request({"messages": messages}, POLICY, 4)
    assert info.value.status == 400


def test_a_last_assistant_message_is_the_beginning_of_the_answer_to_go_on_with():
    messages = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello."},
        {"role": "user", "content": "Tell me a story"},
        {"role": "assistant", "content": "Once upon"},
    ]
    req = to_chat_request({"messages": messages}, POLICY, 4)
    assert req.question == "Tell me a story" and req.answer_so_far == "Once upon"
    assert [(t.question, t.answer) for t in req.history] == [("Hi", "Hello.")]
    plain = to_chat_request({"messages": messages[:3]}, POLICY, 4)
    assert plain.question == "Tell me a story" and plain.answer_so_far == ""


def test_image_limits():
    body = {"messages": [{"role": "user", "content": [_img()] * 3}]}
    with pytest.raises(ApiError, match="At most 2"):
        to_chat_request(body, ImagePolicy(max_images=2), 4)
    with pytest.raises(ApiError) as info:
        to_chat_request(body, ImagePolicy(max_bytes=10), 4)
    assert info.value.status == 413
    big = {
        "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": data_url((300, 300))}}]}]
    }
    with pytest.raises(ApiError, match="MP limit"):
        to_chat_request(big, ImagePolicy(max_pixels=50_000), 4)


def _any_body():
    """Request bodies shaped roughly like chat requests, with wrong types anywhere in them."""
    from hypothesis import strategies as st

    junk = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-3, 2**70),
        st.floats(allow_nan=True),
        st.text(max_size=4),
        st.just([]),
        st.just({}),
    )
    url = st.one_of(
        st.just(data_url()),
        st.sampled_from(
            ["data:image/png;base64,AAAA", "data:,x", "/etc/passwd", "file:///etc/passwd", "x\x00y", "../a.png"]
        ),
        junk,
    )
    image = st.fixed_dictionaries(
        {
            "type": st.just("image_url"),
            "image_url": st.one_of(junk, st.fixed_dictionaries({"url": url}, optional={"max_dynamic_patch": junk})),
        }
    )
    part = st.one_of(
        st.fixed_dictionaries({"type": st.just("text"), "text": st.one_of(st.text(max_size=8), junk)}), image, junk
    )
    message = st.fixed_dictionaries(
        {"role": st.one_of(st.sampled_from(["user", "assistant", "system", "developer"]), junk)},
        optional={"content": st.one_of(st.text(max_size=5), st.lists(part, max_size=3), junk)},
    )
    options = ["max_tokens", "max_completion_tokens", "temperature", "top_p", "n", "stop", "seed"]
    return st.fixed_dictionaries(
        {"messages": st.one_of(st.lists(message, min_size=1, max_size=4), junk)}, optional={k: junk for k in options}
    )


def test_malformed_bodies_only_ever_raise_api_errors(tmp_path):
    from hypothesis import HealthCheck, given, settings

    policies = (POLICY, ImagePolicy(allow_files=tmp_path))

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_any_body())
    def check(body):
        for policy in policies:
            try:
                request = to_chat_request(body, policy, 6)
            except ApiError as err:
                assert 400 <= err.status < 500 and err.message
                continue
            request.params.validate()  # what was accepted is within bounds
            assert request.question.count("<image>") + sum(t.question.count("<image>") for t in request.history) == len(
                request.visuals
            )

    check()
