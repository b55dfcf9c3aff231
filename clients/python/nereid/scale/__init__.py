"""nereid.scale: the API of neptune-scale (Neptune 3.x), logging to a nereid-server.

    from nereid.scale import Run

    run = Run(experiment_name="baseline")
    run.log_configs({"params/lr": 0.001, "params/optimizer": "Adam"})
    for step in range(100):
        run.log_metrics(data={"train/loss": 0.9 ** step}, step=step)
    run.add_tags(["baseline"])
    run.close()
"""

from . import exceptions, types
from .logging_handler import NeptuneLoggingHandler
from .run import Run
from .types import File, SourceTrackingConfig

__all__ = ["File", "NeptuneLoggingHandler", "Run", "SourceTrackingConfig", "exceptions", "types"]
