"""The attachment kinds, one module each, every one defining ``KIND`` (an
:class:`~desktop_vlm.media.kind_spec.AttachmentKind`); :mod:`desktop_vlm.media.kind_registry` finds them.

Adding a kind is adding one module here, or in a folder named by ``DESKTOP_VLM_KIND_PATH``
(docs/adding-an-attachment-kind.md).
"""
