"""Decoding and validating what people drop into the window: images, videos, PDFs, documents and text. No Qt, no
torch."""

from .images import SUPPORTED_IMAGE_EXTENSIONS, FittedImage, load_image, load_image_fitted, make_thumbnail
from .kind_registry import detect_kind
from .pdf import pdf_page_count, render_pdf_page
from .video import VideoInfo, frame_indices, probe_video, sample_video_frames

__all__ = [
    "SUPPORTED_IMAGE_EXTENSIONS",
    "FittedImage",
    "VideoInfo",
    "detect_kind",
    "frame_indices",
    "load_image",
    "load_image_fitted",
    "make_thumbnail",
    "pdf_page_count",
    "probe_video",
    "render_pdf_page",
    "sample_video_frames",
]
