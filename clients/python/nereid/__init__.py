"""nereid: log machine-learning runs to a nereid-server with the API Neptune users know.

    import nereid as neptune

    run = neptune.init_run(project="team/classification")
    run["params/lr"] = 0.001
    for loss in losses:
        run["train/loss"].append(loss)
    run.stop()
"""

__version__ = "0.1.0"

from . import exceptions, management, types, utils  # noqa: E402
from ._config import ANONYMOUS_API_TOKEN  # noqa: E402  (refused with a clear error: no anonymous access)
from .exceptions import NereidError, NeptuneException  # noqa: E402
from .model import Model, init_model  # noqa: E402
from .model_version import ModelVersion, init_model_version  # noqa: E402
from .project import Project, init_project  # noqa: E402
from .run import Run, init_run  # noqa: E402

__all__ = [
    "ANONYMOUS_API_TOKEN",
    "NeptuneException",
    "Model",
    "ModelVersion",
    "NereidError",
    "Project",
    "Run",
    "exceptions",
    "init_model",
    "init_model_version",
    "init_project",
    "init_run",
    "management",
    "types",
    "utils",
]
