"""ChatController: one conversation's life — history, attachments, requests, streaming, stop, retry.

It turns a stored conversation into the :class:`~desktop_vlm.runtime.api.ChatRequest` the original
``chat()`` would see (questions with ``<image>`` placeholders, images filling them in order) and keeps the
history store in step with the stream: the answer is saved every half second while it streams, so a crash
or kill loses at most that much, and is marked interrupted on the next start.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from ..core.errors import DesktopVlmError
from ..core.messages import Message
from ..core.quoted_text import quote_document
from ..core.text_tokens import estimate_tokens
from ..core.types import REWRITTEN, GenerationParams, TileParams, Turn
from ..history.models import Attachment, Conversation
from ..history.validation import clean_attachment_meta
from ..media.kind_registry import kind
from ..media.office_pictures import renumbered
from ..media.text_files import MIN_TEXT_TOKENS
from ..runtime.api import ChatRequest, VisualInput
from ..runtime.prompt import compose_question
from .attachments import (
    PreparedAttachment,
    for_question,
    prepare_for_question,
    prepare_stored,
    use_key,
    waits_for_question,
)
from .carried_documents import RESTATED, Budget, carried_documents, is_document, restated_documents
from .inference_service import NOT_SENT, InferenceService

SAVE_INTERVAL_S = 0.5
MAX_REFITS = 3  # times a question's documents are cut again to what the model's tokenizer counts
# Regenerating under greedy decoding would only write the same answer again: unless the person turns
# ``regenerate_samples`` off, a regenerated answer samples with these, the usual chat defaults.
REGENERATE_SAMPLING = {"do_sample": True, "temperature": 0.7, "top_p": 0.9}


def _tiles_of(att) -> dict:
    """The tile budget a stored attachment was sent with, kept when what was sent of it is chosen again."""
    return {"max_tiles": att.meta["max_tiles"]} if "max_tiles" in att.meta else {}


def was_not_sent(message) -> bool:
    """Whether ``message`` is the place of an answer to a question stopped before it reached the model."""
    return message.status == "interrupted" and (message.stats or {}).get("finish_reason") == NOT_SENT


def can_be_continued(message) -> bool:
    """Whether ``message`` is an answer with text the model may go on from: one that ended before the model
    finished it (cut at the length limit, stopped by the person, cut off when the app closed), or one the
    person rewrote."""
    if message.role != "assistant" or not message.text.strip():
        return False
    open_ended = message.status == "complete" and (message.stats or {}).get("finish_reason") in ("length", REWRITTEN)
    return open_ended or (message.status == "interrupted" and not was_not_sent(message))


class ChatController(QObject):
    """Signals: ``conversation_changed(Conversation)`` after any structural change (send, edit, regenerate,
    switch conversation or version); ``answer_updated(message_id, text)`` while streaming;
    ``answer_finished(message_id, status, stats)``; ``error(message, hint)``; ``notice(text)`` for non-error
    information; ``busy_changed(bool)``."""

    conversation_changed = Signal(object)
    answer_updated = Signal(int, str)
    answer_progress = Signal(int, str, float)  # answer id, stage, fraction: its prompt, before any text
    answer_finished = Signal(int, str, object)
    error = Signal(str, str)
    notice = Signal(str)
    busy_changed = Signal(bool)
    conversations_changed = Signal()
    # from the model thread: the parts of a question's documents were chosen (and stored) as its request was built
    _parts_chosen = Signal()

    def __init__(self, store, service: InferenceService, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.service = service
        self.params = GenerationParams()
        self.tiles = TileParams()
        self.image_tokens: int | None = None
        self.regenerate_samples = True  # see REGENERATE_SAMPLING
        self.new_chat_instructions = ""  # the system prompt a new conversation starts with ("": the model's)
        self.conversation = None
        self._answer_id: int | None = None
        self._answer_text = ""
        # an answer being continued: its text, status and details before, restored when nothing is added
        self._continued: tuple[str, str, dict] | None = None
        self._last_save = 0.0
        # attachment sha → what it sends: its decoded images, and the text quoted of a text file
        self._decoded_cache: OrderedDict[str, tuple[list, str | None]] = OrderedDict()
        self._decoded_lock = threading.Lock()
        # question id → the positions of its documents whose passages are chosen for it on the model thread, each
        # with the room it may take (None: the room its passages took before)
        self._to_choose: dict[int, dict[int, int | None]] = {}
        # question id → the positions of the texts attached with it whose part is chosen for it there too, each
        # as prepared (its whole text still in memory: see attachments.for_question)
        self._fresh_to_choose: dict[int, dict[int, PreparedAttachment]] = {}
        service.chunk_ready.connect(self._on_service_chunk)
        service.prompt_progress.connect(self._on_service_progress)
        service.finished.connect(self._on_service_finished)
        service.failed.connect(self._on_service_failed)
        self._parts_chosen.connect(self._on_parts_chosen)

    # ------------------------------------------------------------------ conversations
    @property
    def busy(self) -> bool:
        return self._answer_id is not None

    def new_conversation(self) -> None:
        self.open_conversation(self._created().id)
        self.conversations_changed.emit()

    def _created(self):
        """A new conversation, with the instructions new chats start with."""
        return self.store.create_conversation(system_prompt=self.new_chat_instructions or None)

    def open_conversation(self, conversation_id: int) -> None:
        self.conversation = self.store.get_conversation(conversation_id)
        settings = self.conversation.settings or {}
        if "params" in settings:
            try:
                self.params = GenerationParams(**settings["params"])
            except TypeError:
                pass
        self.conversation_changed.emit(self.conversation)

    def set_system_prompt(self, text: str | None) -> None:
        if self.conversation is not None:
            self.store.update_conversation(self.conversation.id, system_prompt=text or None)
            self.conversation = self.store.get_conversation(self.conversation.id)

    def set_params(self, params: GenerationParams) -> None:
        params.validate()
        self.params = params
        if self.conversation is not None:
            settings = dict(self.conversation.settings or {}) | {"params": params.__dict__.copy()}
            self.store.update_conversation(self.conversation.id, settings=settings)

    # ------------------------------------------------------------------ sending
    def send(self, text: str, attachments: Sequence[PreparedAttachment] = ()) -> bool:
        """Store the question and start the answer. Returns False (with ``error``) when it cannot."""
        if self.busy:
            return False
        if not text.strip() and not attachments:
            return False
        info = self.service.model_info
        carried = carried_documents(
            self.conversation.messages if self.conversation is not None else [],
            text,
            attachments,
            Budget(info.context_length, self.params.max_new_tokens, self.tiles.max_tiles, self.image_tokens or 256)
            if info is not None
            else None,
        )
        carried = [c for c in carried if self.store.attachment_present(c.attachment)]  # not one deleted by hand
        if carried:
            names = ", ".join(c.attachment.name for c in carried)
            self.notice.emit(
                self.tr("%s quoted again with this question: the conversation has outgrown the context.") % names
            )
        if self.conversation is None:
            self.conversation = self._created()
        try:
            stored = [self._store_attachment(a) for a in attachments]
            asked = self.store.add_message(
                self.conversation.id, "user", text, attachments=[*stored, *(c.attachment for c in carried)]
            )
        except DesktopVlmError as err:
            self.error.emit(err.user_message, err.hint or "")
            return False
        # documents go as they were prepared or last sent until their passages for this question are chosen
        self._to_choose[asked.id] = {len(stored) + k: c.room for k, c in enumerate(carried)}
        # only the newest question's texts are held (a whole text may be 16 MB): one stopped before the model had
        # it keeps the parts it was stored with
        self._fresh_to_choose = {asked.id: {k: a for k, a in enumerate(attachments) if waits_for_question(a)}}
        self.conversations_changed.emit()
        return self._start_answer()

    def regenerate(self, answer_id: int | None = None) -> bool:
        """Answer a question again as a new version of its answer (the old versions stay, reachable with
        :meth:`choose_version`). ``answer_id``: the answer to redo; None: the last one shown. Samples even
        when the conversation is greedy, unless ``regenerate_samples`` is off."""
        if self.busy or self.conversation is None:
            return False
        messages = self.conversation.messages
        if not answer_id:  # None, or the False a menu action's triggered(checked) passes
            question = next((m for m in reversed(messages) if m.role == "user"), None)
            answer = next((m for m in messages if question and m.parent_id == question.id), None)
        else:
            answer = next((m for m in messages if m.id == answer_id and m.role == "assistant"), None)
            question = next((m for m in messages if answer and m.id == answer.parent_id and m.role == "user"), None)
        if question is None:
            return False
        params = self.params
        # a question that was never sent gets its first answer, not a variation of one
        if self.regenerate_samples and not params.do_sample and not (answer and was_not_sent(answer)):
            params = replace(params, **REGENERATE_SAMPLING)
        return self._start_answer(question.id, params)

    def continue_answer(self, answer_id: int | None = None) -> bool:
        """Let the model go on writing the last answer shown, where it ended before it was finished (see
        :func:`can_be_continued`): the new text is added to the same answer. ``answer_id``: that answer's id, as a
        check (None or False: the last one shown)."""
        if self.busy or self.conversation is None or not self.conversation.messages:
            return False
        answer = self.conversation.messages[-1]
        if (answer_id and answer.id != answer_id) or not can_be_continued(answer):
            return False
        conversation_id = self.conversation.id
        self.store.resume_answer(answer.id)
        self._continued = (answer.text, answer.status, dict(answer.stats or {}))
        self._answer_id, self._answer_text, self._last_save = answer.id, answer.text, time.monotonic()
        self.conversation = self.store.get_conversation(conversation_id)
        asked = replace(self.conversation, messages=self.conversation.messages[:-1])
        self.conversation_changed.emit(self.conversation)
        self.busy_changed.emit(True)
        params = self.params
        self.service.generate(
            lambda runtime: replace(self.build_request(asked, params, runtime), answer_so_far=answer.text)
        )
        return True

    def edit_and_resend(self, message_id: int, text: str) -> bool:
        """Ask a question again in other words, with its attachments, and answer it. The new wording is a new
        version of the question: the old one and everything that followed it stay, one version away."""
        if self.busy or self.conversation is None:
            return False
        message = next((m for m in self.conversation.messages if m.id == message_id and m.role == "user"), None)
        if message is None or not text.strip():
            return False
        try:
            edited = self.store.add_message(
                self.conversation.id, "user", text, attachments=message.attachments, parent_id=message.parent_id
            )
        except DesktopVlmError as err:
            self.error.emit(err.user_message, err.hint or "")
            return False
        # a document cut to the passages that bore on the old wording sends those that bear on the new one
        self._to_choose[edited.id] = {
            position: None
            for position, att in enumerate(message.attachments)
            if is_document(att) and att.meta.get("sent_chars", 0) < att.meta.get("char_count", 0)
        }
        self.conversations_changed.emit()
        return self._start_answer(edited.id)

    def edit_answer(self, message_id: int, text: str) -> bool:
        """Rewrite an answer (to steer it, or to correct it before the conversation goes on): the new text is a
        new version of the answer, the model's stays one version away, and Continue goes on from the new text."""
        if self.busy or self.conversation is None or not text.strip():
            return False
        answer = next((m for m in self.conversation.messages if m.id == message_id and m.role == "assistant"), None)
        if answer is None:
            return False
        try:
            self.store.add_message(
                self.conversation.id, "assistant", text, stats={"finish_reason": REWRITTEN}, parent_id=answer.parent_id
            )
        except DesktopVlmError as err:
            self.error.emit(err.user_message, err.hint or "")
            return False
        self.conversation = self.store.get_conversation(self.conversation.id)
        self.conversation_changed.emit(self.conversation)
        self.conversations_changed.emit()
        return True

    def branch_from(self, message_id: int, title: str) -> bool:
        """Open a new conversation called ``title`` that holds this one up to message ``message_id``, to go on
        another way from there; this one stays as it was. Not from an answer still being written."""
        if self.conversation is None:
            return False
        message = next((m for m in self.conversation.messages if m.id == message_id), None)
        if message is None or message.status == "streaming":
            return False
        try:
            branch = self.store.branch_conversation(self.conversation.id, message_id, title)
        except DesktopVlmError as err:
            self.error.emit(err.user_message, err.hint or "")
            return False
        self.open_conversation(branch.id)
        self.conversations_changed.emit()
        return True

    def choose_version(self, message_id: int) -> bool:
        """Show version ``message_id`` of a question or answer, and the branch that follows it."""
        if self.busy or self.conversation is None:
            return False
        if not any(message_id in m.versions for m in self.conversation.messages):
            return False
        self.store.choose_version(message_id)
        self.conversation = self.store.get_conversation(self.conversation.id)
        self.conversation_changed.emit(self.conversation)
        return True

    def stop(self) -> None:
        self.service.stop()

    def close(self) -> None:
        """Detach from the model thread and keep an answer cut short by quitting as ``interrupted``.

        Called before the history store closes, so late signals from the model thread find nothing
        to write to.
        """
        for signal, slot in (
            (self.service.chunk_ready, self._on_service_chunk),
            (self.service.prompt_progress, self._on_service_progress),
            (self.service.finished, self._on_service_finished),
            (self.service.failed, self._on_service_failed),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already disconnected
                pass
        if self._answer_id is not None:
            answer_id, self._answer_id = self._answer_id, None
            self.store.finish_answer(answer_id, self._answer_text, status="interrupted")

    def _open_conversation(self) -> Conversation:
        assert self.conversation is not None, "an answer is written into the open conversation"
        return self.conversation

    def _start_answer(self, question_id: int | None = None, params: GenerationParams | None = None) -> bool:
        """Start an answer after the visible branch, or to ``question_id`` as a new version of its answer."""
        conversation_id = self._open_conversation().id
        if question_id is None:
            answer = self.store.begin_answer(conversation_id)
        else:
            answer = self.store.begin_answer(conversation_id, question_id)
        self._answer_id, self._answer_text, self._last_save = answer.id, "", time.monotonic()
        self._continued = None
        self.conversation = self.store.get_conversation(conversation_id)
        # the request is the branch now shown, up to the answer being written
        asked = replace(self.conversation, messages=self.conversation.messages[:-1])
        self.conversation_changed.emit(self.conversation)
        self.busy_changed.emit(True)
        # built on the model thread: re-opening a conversation may mean decoding its stored images, PDF
        # pages and video frames, which must not freeze the window
        self.service.generate(lambda runtime: self.build_request(asked, params, runtime))
        return True

    # ------------------------------------------------------------------ request building
    def build_request(self, conversation, params: GenerationParams | None = None, runtime=None) -> ChatRequest:
        """The conversation's visible branch as the original chat() sees it: finished turns as history, the
        last question open, every attachment's images filling placeholders in order. ``params``: this
        answer's sampling (None: the conversation's). With the loaded ``runtime`` (on the model thread), the last
        question's documents are cut again if its tokenizer counts them past the context."""
        if runtime is not None:
            conversation = self._passages_chosen(conversation)
        turns: list[Turn] = []
        visuals: list[VisualInput] = []
        question = None
        restated = restated_documents(conversation.messages)
        for message in conversation.messages:
            if message.role == "user":
                text, these = self._question_and_visuals(message, restated.get(message.id, set()))
                visuals += these
                if question is not None:  # a question left without an answer (e.g. failed): keep it, empty answer
                    turns.append(Turn(question, ""))
                question = text
            elif message.role == "assistant" and question is not None:
                turns.append(Turn(question, message.text))
                question = None
        if question is None:
            raise DesktopVlmError(Message("There is no question to answer."))
        request = ChatRequest(
            question,
            visuals,
            turns,
            system_message=conversation.system_prompt or None,
            params=params or self.params,
            tiles=self.tiles,
            image_tokens=self.image_tokens,
        )
        return request if runtime is None else self._documents_refitted(conversation.messages[-1], request, runtime)

    def _passages_chosen(self, conversation):
        """``conversation`` with the documents its last question takes along (carried into a follow-up, or kept by a
        reworded question) cut to the passages that bear on that question: chosen here, on the model thread, as
        choosing reads the file again — 0.3–0.6 s for a long document, a freeze on the window's thread. What is
        chosen is stored with the question, so a reopened conversation quotes it."""
        asked = conversation.messages[-1] if conversation.messages else None
        rooms = self._to_choose.pop(asked.id, {}) if asked is not None else {}
        fresh = self._fresh_to_choose.pop(asked.id, {}) if asked is not None else {}
        if asked is None or not (rooms or fresh):
            return conversation
        attachments = list(asked.attachments)
        for position, prepared in fresh.items():
            chosen = for_question(prepared, asked.text)
            attachments[position] = replace(attachments[position], meta=clean_attachment_meta(self._details(chosen)))
            self.store.set_sent_details(asked.id, position, attachments[position].meta)
            self.remember(attachments[position], chosen.images, chosen.text)
        for position, room in rooms.items():
            att = attachments[position]
            if room is None:  # the room its passages took before
                room = estimate_tokens(quote_document(att.name, self._decoded(att)[1] or ""))
            try:
                prepared = prepare_for_question(att, self.tiles.max_tiles, room, asked.text)
            except DesktopVlmError:
                continue  # its file is gone: it goes as it was last sent, or says so
            attachments[position] = replace(att, meta=clean_attachment_meta(prepared.meta | _tiles_of(att)))
            self.store.set_sent_details(asked.id, position, attachments[position].meta)
            self.remember(attachments[position], prepared.images, prepared.text)
        self._parts_chosen.emit()
        return replace(conversation, messages=[*conversation.messages[:-1], replace(asked, attachments=attachments)])

    def _documents_refitted(self, asked, request: ChatRequest, runtime) -> ChatRequest:
        """``request`` with the documents of its last question (``asked``) cut again while the model's tokenizer
        counts that question alone past the context: they were cut by an estimate that errs long, but a text can
        be denser (a script a vocabulary splits finely). What is sent is stored with the message, so a reopened
        conversation quotes it."""
        if asked.role != "user" or not any(is_document(a) for a in asked.attachments):
            return request
        limit = runtime.info.context_length - request.params.max_new_tokens
        cut_further = False
        for _ in range(MAX_REFITS):
            text, visuals = self._question_and_visuals(asked, set())
            counted = runtime.count_prompt_tokens(replace(request, question=text, visuals=visuals, history=[]))
            if counted <= limit:
                break
            attachments = list(asked.attachments)
            for position, att in enumerate(attachments):
                quoted = self._decoded(att)[1]
                if not is_document(att) or quoted is None:
                    continue
                room = max(MIN_TEXT_TOKENS, estimate_tokens(quoted) * limit // counted * 19 // 20)
                prepared = prepare_for_question(att, self.tiles.max_tiles, room, asked.text)
                attachments[position] = replace(att, meta=clean_attachment_meta(prepared.meta | _tiles_of(att)))
                self.store.set_sent_details(asked.id, position, attachments[position].meta)
                self.remember(attachments[position], prepared.images, prepared.text)
            asked = replace(asked, attachments=attachments)
            request = replace(request, question=self._question_and_visuals(asked, set())[0])
            cut_further = True
        if cut_further:
            self.notice.emit(
                self.tr("The attached text was cut further: the model counts it as longer than estimated.")
            )
        return request

    def _question_and_visuals(self, message, restated: set[str]) -> tuple[str, list[VisualInput]]:
        """A question as the model reads it; the documents in ``restated`` (by sha256) are quoted again later."""
        images, frames, documents = [], [], []
        for att in message.attachments:
            if att.sha256 in restated:
                documents.append((att.name, RESTATED))
                continue
            decoded, text = self._decoded(att)
            if text is not None:  # its pictures' marks numbered after the pictures of the attachments before it
                documents.append((att.name, renumbered(text, len(images))))
            keys = [f"{use_key(att)}:{i}" for i in range(len(decoded))]
            found = kind(att.kind)
            if found.as_frames:
                frames += [VisualInput(im, max_tiles=1, key=k) for im, k in zip(decoded, keys)]
            else:
                images += [VisualInput(im, max_tiles=found.picture_tiles, key=k) for im, k in zip(decoded, keys)]
        text = compose_question(message.text, n_images=len(images), n_frames=len(frames), documents=documents)
        return text, images + frames

    def _decoded(self, att: Attachment) -> tuple[list, str | None]:
        with self._decoded_lock:
            cached = self._decoded_cache.get(use_key(att))
        if cached is None:
            prepared = prepare_stored(att.path, att.meta, self.tiles.max_tiles)
            cached = (prepared.images, prepared.text)
            self.remember(att, *cached)
        return cached

    def remember(self, att: Attachment, images: list, text: str | None = None) -> None:
        """Keep what a message sends of an attachment (decoded images, a text file's quoted text) so later turns
        do not decode it again (called from the UI thread when sending and from the model thread when rebuilding
        a conversation)."""
        key = use_key(att)
        with self._decoded_lock:
            self._decoded_cache[key] = (images, text)
            self._decoded_cache.move_to_end(key)
            while len(self._decoded_cache) > 32:
                self._decoded_cache.popitem(last=False)

    def persist(self, attachment: PreparedAttachment) -> PreparedAttachment:
        """Save an attachment's file to the history ahead of sending (any thread: the composer calls it on
        its loader thread). Hashing and writing a 200 MB video took ~0.8 s, which Send then no longer
        spends on the UI thread. One never sent is taken back by :meth:`discard`, or swept a day later."""
        stored = self.store.store_attachment(
            attachment.data,
            name=attachment.name,
            kind=attachment.kind,
            mime=attachment.attachment_kind.mime,
            meta=self._details(attachment),
        )
        return replace(attachment, stored=stored)

    def discard(self, attachment: PreparedAttachment) -> None:
        """The person removed an attachment saved ahead of sending: delete it unless a message uses it."""
        if attachment.stored is not None:
            self.store.discard_attachment(attachment.stored)

    def _store_attachment(self, attachment: PreparedAttachment) -> Attachment:
        stored = attachment.stored  # saved while it was prepared, unless it has gone since
        if not isinstance(stored, Attachment) or not self.store.attachment_present(stored):
            stored = self.persist(attachment).stored
            assert isinstance(stored, Attachment)
        # what this message sends of it, which may have been chosen after it was saved (the part of a long text)
        stored = replace(stored, meta=clean_attachment_meta(self._details(attachment)))
        self.remember(stored, attachment.images, attachment.text)
        return stored

    def _details(self, attachment: PreparedAttachment) -> dict:
        """The details stored with an attachment: what its kind chose, and the tile budget it is sent with."""
        return dict(attachment.meta) | {"max_tiles": self.tiles.max_tiles}

    # ------------------------------------------------------------------ streaming
    def _on_service_chunk(self, chunk: str) -> None:
        if self._answer_id is None:
            return
        self._answer_text += chunk
        self.answer_updated.emit(self._answer_id, self._answer_text)
        now = time.monotonic()
        if now - self._last_save >= SAVE_INTERVAL_S:
            self.store.update_answer(self._answer_id, self._answer_text)
            self._last_save = now

    def _on_service_progress(self, stage: str, fraction: float) -> None:
        if self._answer_id is not None and not self._answer_text:
            self.answer_progress.emit(self._answer_id, stage, fraction)

    def _on_parts_chosen(self) -> None:
        """Show the question with the parts of its documents it sends. This arrives before the answer's first
        words (it was sent before the model started), so the answer shown is still the empty one stored."""
        if self.conversation is not None and self._answer_id is not None:
            self.conversation = self.store.get_conversation(self.conversation.id)
            self.conversation_changed.emit(self.conversation)

    def _on_service_finished(self, result) -> None:
        if self._answer_id is None:
            return
        if result.finish_reason == NOT_SENT:  # stopped before the model had it: no text, no timings to keep
            if self._continued is not None:  # the answer is as it was
                self._finish(*self._continued)
            else:
                self._finish("", "interrupted", {"finish_reason": NOT_SENT})
            return
        status = "interrupted" if result.finish_reason == "cancelled" else "complete"
        stats = result.stats.as_dict() | {"finish_reason": result.finish_reason}
        beginning = ""
        if self._continued is not None:  # the answer counts the tokens written before it was continued too
            beginning, _status, before = self._continued
            stats["new_tokens"] = stats.get("new_tokens", 0) + before.get("new_tokens", 0)
        text = beginning + result.text if status == "complete" else self._answer_text
        self._finish(text, status, stats)

    def _on_service_failed(self, message: str, hint: str) -> None:
        if self._answer_id is not None:
            if self._continued is not None:  # what was written stays, as an answer stopped; the banner says why
                beginning, status, stats = self._continued
                if self._answer_text != beginning:
                    status, stats = "interrupted", stats | {"finish_reason": "cancelled"}
                self._finish(self._answer_text, status, stats)
            else:
                self._finish(self._answer_text, "error", {"error": message})
        self.error.emit(message, hint)

    def _finish(self, text: str, status: str, stats: dict) -> None:
        answer_id = self._answer_id
        self._answer_id, self._continued = None, None
        try:
            self.store.finish_answer(answer_id, text, status=status, stats=stats)
        except DesktopVlmError as err:
            self.error.emit(err.user_message, err.hint or "")
        self.conversation = self.store.get_conversation(self._open_conversation().id)
        self.answer_finished.emit(answer_id, status, stats)
        self.busy_changed.emit(False)
        self.conversation_changed.emit(self.conversation)
        self.conversations_changed.emit()
