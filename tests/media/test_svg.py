"""SVG drawings are drawn as pictures by resvg in the sandboxed renderer, at the size their tile grid needs: as
Inkscape, Illustrator and browsers write them (a DOCTYPE, entities, gradients, text); with every reference out of
the drawing removed first; and refused by name when they are not drawings."""

from __future__ import annotations

import base64
import io
import zipfile

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.core.tiling import plan_tiles
from desktop_vlm.media import detect_kind
from desktop_vlm.media.archive_text import read_archive
from desktop_vlm.media.svg import render_svg
from desktop_vlm.media.svg_render import without_outside_references

SVG = "http://www.w3.org/2000/svg"
# as Inkscape saves a drawing: an XML declaration, a DOCTYPE naming the SVG DTD, a gradient used by its id
CHART = f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- Created with Inkscape -->
<svg xmlns="{SVG}" width="400" height="200" viewBox="0 0 400 200">
  <defs><linearGradient id="sky"><stop offset="0" stop-color="#0000ff"/><stop offset="1" stop-color="#0000ff"/>
  </linearGradient></defs>
  <rect x="0" y="0" width="200" height="200" fill="url(#sky)"/>
  <rect x="200" y="100" width="200" height="100" fill="#ff0000"/>
  <text x="210" y="40" font-size="24">Sales</text>
</svg>"""


def _png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _picture_drawing(href: str) -> str:
    return f'<svg xmlns="{SVG}" width="100" height="100"><image href="{href}" width="100" height="100"/></svg>'


def test_a_drawing_is_recognised_by_its_content_and_drawn_at_its_grids_size(tmp_path):
    for name in ("chart.svg", "chart"):
        (tmp_path / name).write_text(CHART, encoding="utf-8")
        assert detect_kind(tmp_path / name) == "svg"
    attachment = prepare_file(tmp_path / "chart.svg")
    [drawing] = attachment.images
    plan = plan_tiles(400, 200, max_tiles=12)
    assert drawing.width >= plan.resized_size[0] - 1 and drawing.width / drawing.height == pytest.approx(2, rel=0.01)
    w, h = drawing.size
    assert drawing.getpixel((w // 4, h // 2)) == (0, 0, 255)  # the gradient, found by its id
    assert drawing.getpixel((3 * w // 4, 7 * h // 8)) == (255, 0, 0)
    assert drawing.getpixel((3 * w // 4, 70 * h // 200)) == (255, 255, 255)  # transparent: on white, like paper


def test_a_smaller_budget_draws_a_smaller_picture(tmp_path):
    path = tmp_path / "chart.svg"
    path.write_text(CHART, encoding="utf-8")
    assert render_svg(path, max_tiles=1).size[0] < render_svg(path, max_tiles=12).size[0]


def test_a_picture_named_by_a_path_on_this_computer_is_not_drawn(tmp_path):
    red = tmp_path / "private.png"
    red.write_bytes(_png("red"))
    path = tmp_path / "probe.svg"
    for href in (str(red), red.as_uri(), "private.png", "https://example.com/x.png"):
        path.write_text(_picture_drawing(href), encoding="utf-8")
        drawing = render_svg(path, max_tiles=1)
        assert drawing.getpixel((drawing.width // 2, drawing.height // 2)) == (255, 255, 255), href


def test_a_picture_embedded_in_the_drawing_is_drawn(tmp_path):
    path = tmp_path / "embedded.svg"
    path.write_text(_picture_drawing("data:image/png;base64," + base64.b64encode(_png("red")).decode()))
    drawing = render_svg(path, max_tiles=1)
    assert drawing.getpixel((drawing.width // 2, drawing.height // 2)) == (255, 0, 0)


def test_an_embedded_drawing_is_dropped_with_whatever_it_would_reference():
    inner = base64.b64encode(_picture_drawing("/etc/hostname").encode()).decode()
    markup = without_outside_references("x.svg", _picture_drawing(f"data:image/svg+xml;base64,{inner}").encode())
    assert "href" not in markup


def test_illustrators_entities_are_read_and_a_billion_laughs_is_refused(tmp_path):
    illustrator = f"""<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
  <!ENTITY ns_svg "{SVG}"> <!ENTITY fill "#ff0000">
]><svg xmlns="&ns_svg;" width="10" height="10"><rect width="10" height="10" fill="&fill;"/></svg>"""
    path = tmp_path / "logo.svg"
    path.write_text(illustrator, encoding="utf-8")
    assert detect_kind(path) == "svg"
    assert render_svg(path, max_tiles=1).getpixel((5, 5)) == (255, 0, 0)
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    path.write_text(
        f'<!DOCTYPE svg [<!ENTITY l0 "ha">{laughs}]><svg xmlns="{SVG}" width="9" height="9"><text>&l9;</text></svg>'
    )
    with pytest.raises(MediaError, match="logo.svg is damaged or is not an SVG drawing"):
        render_svg(path, max_tiles=1)


@pytest.mark.parametrize(
    "content",
    [
        b"<svg xmlns='http://www.w3.org/2000/svg'><rect",
        b"<html><body>no</body></html>",
        b"\x89PNG not svg",
        b"<?xml version='1.0' encoding='UTF-0'?><svg xmlns='http://www.w3.org/2000/svg'/>",
    ],
    ids=["cut", "not-svg", "binary", "unknown-encoding"],
)
def test_what_is_no_drawing_is_refused_by_name(tmp_path, content):
    path = tmp_path / "broken.svg"
    path.write_bytes(content)
    with pytest.raises(MediaError, match="broken.svg"):
        render_svg(path, max_tiles=1)


def test_geometry_that_makes_the_renderer_panic_is_refused_by_name(tmp_path):
    """Sizes past every range once made resvg's rasteriser panic (a Rust panic, which Python sees as a
    BaseException): the drawing is refused, and the renderer's process lives on."""
    path = tmp_path / "wild.svg"
    wild = CHART.replace('width="400" height="200" viewBox', 'width="1e30" height="inf" viewBox').replace(
        '<rect x="200" y="100" width="200" height="100"', '<rect x="200" y="0.0001" width="1e-30" height="1e30"'
    )  # a fuzzer's find: the chart with four sizes changed, and a blur
    blur = (
        '<filter id="b"><feGaussianBlur stdDeviation="1e6"/></filter><rect width="400" height="200" filter="url(#b)"/>'
    )
    path.write_text(wild.replace("\n</svg>", blur + "</svg>"), encoding="utf-8")
    with pytest.raises(MediaError, match="wild.svg could not be drawn"):  # not the renderer dying of it
        render_svg(path, max_tiles=1)
    (tmp_path / "fine.svg").write_text(CHART, encoding="utf-8")
    assert render_svg(tmp_path / "fine.svg", max_tiles=1).size[0] > 0


def test_a_drawing_with_nothing_to_draw_says_so(tmp_path):
    path = tmp_path / "empty.svg"
    path.write_text(f'<svg xmlns="{SVG}" width="0" height="0"/>')
    with pytest.raises(MediaError, match="empty.svg has nothing Desktop VLM can draw"):
        render_svg(path, max_tiles=1)


def test_a_drawing_inside_an_archive_is_sent_as_a_picture_drawn_from_a_copy():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("diagrams/chart.svg", CHART)
    read = read_archive("diagrams.zip", buffer.getvalue())
    assert "- diagrams/chart.svg [Image-1]" in read.text
    [drawing] = read.pictures
    assert drawing.getpixel((drawing.width // 4, drawing.height // 2)) == (0, 0, 255)
    assert read_archive("diagrams.zip", buffer.getvalue(), with_pictures=False).pictures == []
