"""nereid.types.File: one file's content, from disk or memory, as Neptune's File type."""

from __future__ import annotations

import io
import mimetypes
import os
import pickle
from typing import Any, Optional, Union

from .exceptions import NereidError


def _extension_of(path: str) -> str:
    return os.path.splitext(path)[1][1:]


# Extensions ML runs log that the mimetypes table may lack (it depends on the system's mime.types).
_MIME = {"patch": "text/x-diff", "diff": "text/x-diff", "md": "text/markdown", "yaml": "application/yaml",
         "yml": "application/yaml", "csv": "text/csv", "json": "application/json", "png": "image/png"}


def mime_of(extension: str) -> str:
    extension = extension.lower()
    return _MIME.get(extension) or mimetypes.types_map.get("." + extension) or "application/octet-stream"


def _needs(library: str, package: str, what: str) -> NereidError:
    return NereidError(
        "%s needs the %s library, which is not installed (pip install %s)." % (what, library, package),
        code="missing_library",
    )


def _module(value: Any) -> str:
    return type(value).__module__ or ""


def is_pil_image(value: Any) -> bool:
    return _module(value).startswith("PIL.") and hasattr(value, "save")


def is_figure(value: Any) -> bool:
    return _module(value).startswith("matplotlib.") and hasattr(value, "savefig")


class File:
    """A file to upload: ``File("model.pt")`` reads it from disk when logged; ``File.from_content()``
    and the ``as_*`` constructors hold the content in memory."""

    def __init__(
        self, path: Optional[str] = None, content: Optional[bytes] = None, extension: Optional[str] = None
    ) -> None:
        if (path is None) == (content is None):
            raise NereidError("File() takes a path or a content, one of the two.", code="invalid_value")
        self.path = os.fspath(path) if path is not None else None
        self.content = content
        if extension is None:
            extension = _extension_of(self.path) if self.path is not None else ""
        self.extension = extension.lstrip(".")

    def __repr__(self) -> str:
        if self.path is not None:
            return "File(%r)" % self.path
        return "File(<%d bytes>, extension=%r)" % (len(self.content or b""), self.extension)

    @property
    def name(self) -> str:
        """The file's name as the server keeps it: the path's base name, or empty for in-memory content."""
        return os.path.basename(self.path) if self.path is not None else ""

    @property
    def mime(self) -> str:
        return mime_of(self.extension)

    # -- constructors --------------------------------------------------------------------------

    @staticmethod
    def from_content(content: Union[str, bytes], extension: Optional[str] = None) -> "File":
        """A file holding ``content``: text is stored as UTF-8 ("txt" by default), bytes as they are ("bin")."""
        if isinstance(content, str):
            return File(content=content.encode("utf-8"), extension="txt" if extension is None else extension)
        if isinstance(content, (bytes, bytearray, memoryview)):
            return File(content=bytes(content), extension="bin" if extension is None else extension)
        raise NereidError(
            "File.from_content() takes str or bytes, not %s." % type(content).__name__, code="invalid_value"
        )

    @staticmethod
    def from_stream(stream: Any, seek: Optional[int] = 0, extension: Optional[str] = None) -> "File":
        """A file holding what ``stream`` gives from position ``seek`` (None: from where it is)."""
        if seek is not None and hasattr(stream, "seek"):
            stream.seek(seek)
        content = stream.read()
        if extension is None and isinstance(stream, io.TextIOBase):
            extension = "txt"
        return File.from_content(content, extension)

    @staticmethod
    def from_path(path: str, extension: Optional[str] = None) -> "File":
        return File(path=path, extension=extension)

    @staticmethod
    def as_image(image: Any, autoscale: bool = True) -> "File":
        """A PNG of a PIL image, a matplotlib figure, or a numpy array (H x W, H x W x 3 or 4)."""
        return File(content=_image_png(image, autoscale), extension="png")

    @staticmethod
    def as_html(value: Any) -> "File":
        """An HTML file of a pandas DataFrame (its table), a matplotlib figure (its PNG inside the page)
        or a string of HTML."""
        if isinstance(value, str):
            html = value
        elif hasattr(value, "to_html") and _module(value).startswith("pandas."):
            html = value.to_html()
        elif is_figure(value):
            import base64

            png = base64.b64encode(_image_png(value, True)).decode("ascii")
            html = '<!DOCTYPE html>\n<html><body><img src="data:image/png;base64,%s"></body></html>\n' % png
        else:
            raise NereidError(
                "File.as_html() takes a pandas DataFrame, a matplotlib figure or a string, not %s."
                % type(value).__name__,
                code="invalid_value",
            )
        return File(content=html.encode("utf-8"), extension="html")

    @staticmethod
    def as_pickle(obj: Any) -> "File":
        """``obj`` pickled (extension "pkl"); read it back with pickle.load() of the downloaded file."""
        return File(content=pickle.dumps(obj), extension="pkl")

    @staticmethod
    def create_from(value: Any) -> "File":
        """A File from a path, a File, an image or a figure (what append() and upload() accept)."""
        if isinstance(value, File):
            return value
        if isinstance(value, (str, os.PathLike)):
            return File(path=value)
        if is_pil_image(value) or is_figure(value):
            return File.as_image(value)
        if _module(value).startswith("pandas."):
            return File.as_html(value)
        raise NereidError("%s cannot be made a file." % type(value).__name__, code="invalid_value")


def _image_png(image: Any, autoscale: bool) -> bytes:
    if is_pil_image(image):
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()
    if is_figure(image):
        out = io.BytesIO()
        image.savefig(out, format="png", bbox_inches="tight")
        return out.getvalue()
    if hasattr(image, "detach") and hasattr(image, "cpu") and hasattr(image, "numpy"):  # a torch tensor
        image = image.detach().cpu().numpy()
    if not hasattr(image, "__array__") and not isinstance(image, (list, tuple)):
        raise NereidError(
            "File.as_image() takes a PIL image, a matplotlib figure or a numpy array, not %s."
            % type(image).__name__,
            code="invalid_value",
        )
    try:
        import numpy  # noqa: F401  (_png reads arrays with it)
    except ImportError:
        raise _needs("numpy", "numpy", "File.as_image() of a %s" % type(image).__name__) from None
    from . import _png

    try:
        return _png.from_array(image, autoscale)
    except ValueError as error:
        raise NereidError("File.as_image(): %s." % error, code="invalid_value") from None
