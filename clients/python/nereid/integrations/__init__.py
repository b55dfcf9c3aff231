"""Integrations with machine-learning libraries, each in its own module so that ``import nereid`` imports none of
those libraries (the module of one imports its library when it is itself imported):

    from nereid.integrations.optuna import NeptuneCallback     # optuna
    from nereid.integrations.xgboost import NeptuneCallback    # xgboost
    from nereid.integrations.sklearn import create_classifier_summary, create_regressor_summary  # scikit-learn
    from nereid.integrations.pytorch import NeptuneLogger      # torch

They log what Neptune's integration packages (neptune-optuna, neptune-xgboost, neptune-sklearn, neptune-pytorch)
log, under the same field paths, so dashboards and scripts that read those fields keep working.
"""
