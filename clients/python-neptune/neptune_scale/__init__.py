"""neptune_scale, backed by nereid.scale: unchanged neptune-scale (Neptune 3.x) scripts log to a nereid-server."""

from nereid.scale import NeptuneLoggingHandler, Run, SourceTrackingConfig  # noqa: F401

from . import exceptions, types  # noqa: F401

__all__ = ["NeptuneLoggingHandler", "Run", "SourceTrackingConfig", "exceptions", "types"]
