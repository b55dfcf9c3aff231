"""neptune.internal.utils: the argument check libraries borrow from Neptune."""

from typing import Any, Tuple, Union


def verify_type(var_name: str, var: Any, expected_type: Union[type, Tuple[type, ...]]) -> None:
    """TypeError unless ``var`` is of ``expected_type``, worded as Neptune words it."""
    kinds = expected_type if isinstance(expected_type, tuple) else (expected_type,)
    if not isinstance(var, expected_type):
        names = " or ".join(getattr(kind, "__name__", str(kind)) for kind in kinds)
        raise TypeError("{} must be a {} (was {})".format(var_name, names, type(var)))


def join_paths(*paths: Any) -> str:
    """The non-empty parts joined with "/"."""
    return "/".join(str(path) for path in paths if str(path))


__all__ = ["join_paths", "verify_type"]
