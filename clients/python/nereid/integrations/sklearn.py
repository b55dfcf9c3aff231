"""scikit-learn models in a run: ``run["summary"] = create_classifier_summary(model, X_train, X_test, y_train,
y_test)`` (or create_regressor_summary, create_kmeans_summary), or any of the pieces they are made of.

A summary is a dict to assign, laid out as neptune-sklearn's:
    all_params                    the estimator's get_params()
    pickled_model                 the estimator as a pickle file
    test/preds, test/preds_proba  the first nrows test predictions as an HTML table
    test/scores/...               classifiers: class_<i>/precision, recall, fbeta_score, support;
                                  regressors: explained_variance_score, max_error, mean_absolute_error, r2_score
    diagnostics_charts/...        PNG charts drawn with matplotlib (scikit-learn's own displays; neptune-sklearn
                                  uses yellowbrick and scikit-plot, which are not needed here). Without matplotlib
                                  the charts are left out, with a warning.
"""

from __future__ import annotations

from typing import Any, Dict

from ._common import missing

try:
    from sklearn.base import BaseEstimator, is_classifier, is_regressor
    from sklearn.cluster import KMeans
    from sklearn.metrics import (explained_variance_score, max_error, mean_absolute_error,
                                 precision_recall_fscore_support, r2_score)
except ImportError as error:
    raise missing("sklearn", "sklearn", "scikit-learn", "python3-sklearn") from error

from ..types import File
from ..utils import stringify_unsupported
from . import _sklearn_classifier_charts as classifier_charts
from . import _sklearn_regressor_charts as regressor_charts
from ._html import table
from ._sklearn_classifier_charts import (  # noqa: F401  public here, as in neptune-sklearn
    create_class_prediction_error_chart, create_classification_report_chart, create_confusion_matrix_chart,
    create_precision_recall_chart, create_roc_auc_chart)
from ._sklearn_regressor_charts import (  # noqa: F401
    create_cooks_distance_chart, create_feature_importance_chart, create_kelbow_chart, create_learning_curve_chart,
    create_prediction_error_chart, create_residuals_chart, create_silhouette_chart)

__all__ = ["create_classifier_summary", "create_regressor_summary", "create_kmeans_summary", "get_estimator_params",
           "get_pickled_model", "get_test_preds", "get_test_preds_proba", "get_scores", "get_cluster_labels",
           *classifier_charts.__all__, *regressor_charts.__all__]


def _require(check: Any, estimator: Any, what: str) -> None:
    if not check(estimator):
        raise TypeError("estimator must be a scikit-learn %s, not %s." % (what, type(estimator).__name__))


def create_classifier_summary(classifier: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any,
                              nrows: int = 1000, log_charts: bool = True) -> Dict[str, Any]:
    _require(is_classifier, classifier, "classifier")
    y_pred = classifier.predict(X_test)
    test = {"preds": get_test_preds(classifier, X_test, y_test, y_pred=y_pred, nrows=nrows),
            "scores": get_scores(classifier, X_test, y_test, y_pred=y_pred)}
    proba = get_test_preds_proba(classifier, X_test, nrows=nrows)
    if proba is not None:
        test["preds_proba"] = proba
    summary = _common(classifier, test)
    if log_charts:
        summary.update(classifier_charts.classifier_charts(classifier, X_train, X_test, y_train, y_test))
    return summary


def create_regressor_summary(regressor: Any, X_train: Any, X_test: Any, y_train: Any, y_test: Any,
                             nrows: int = 1000, log_charts: bool = True) -> Dict[str, Any]:
    _require(is_regressor, regressor, "regressor")
    y_pred = regressor.predict(X_test)
    test = {"preds": get_test_preds(regressor, X_test, y_test, y_pred=y_pred, nrows=nrows),
            "scores": get_scores(regressor, X_test, y_test, y_pred=y_pred)}
    summary = _common(regressor, test)
    if log_charts:
        summary.update(regressor_charts.regressor_charts(regressor, X_train, X_test, y_train, y_test))
    return summary


def create_kmeans_summary(model: Any, X: Any, nrows: int = 1000, **kwargs: Any) -> Dict[str, Any]:
    """Fits ``model`` (a KMeans, its parameters changed by ``kwargs``) to X; its labels and charts."""
    _require(lambda m: isinstance(m, KMeans), model, "KMeans")
    model.set_params(**kwargs)
    labels = get_cluster_labels(model, X, nrows=nrows)
    summary = _common(model, {})
    summary["cluster_labels"] = labels
    summary.update(regressor_charts.kmeans_charts(model, X))
    return summary


def _common(estimator: Any, test: Dict[str, Any]) -> Dict[str, Any]:
    from .. import __version__

    summary: Dict[str, Any] = {"all_params": stringify_unsupported(get_estimator_params(estimator)),
                               "pickled_model": get_pickled_model(estimator)}
    if test:
        summary["test"] = test
    summary["integration/about/nereid-sklearn"] = __version__
    return summary


def get_estimator_params(estimator: Any) -> Dict[str, Any]:
    _require(lambda e: isinstance(e, BaseEstimator), estimator, "estimator")
    return estimator.get_params()


def get_pickled_model(estimator: Any) -> File:
    _require(lambda e: is_classifier(e) or is_regressor(e) or isinstance(e, KMeans), estimator,
             "classifier, regressor or KMeans")
    return File.as_pickle(estimator)


def get_test_preds(estimator: Any, X_test: Any, y_test: Any, y_pred: Any = None, nrows: int = 1000) -> File:
    """The true and predicted values side by side (y_test_output_<j>, y_pred_output_<j> for several outputs)."""
    _require(lambda e: is_classifier(e) or is_regressor(e), estimator, "classifier or regressor")
    import numpy

    y_pred = numpy.asarray(estimator.predict(X_test) if y_pred is None else y_pred)
    y_test = numpy.asarray(y_test)
    if y_pred.ndim == 1:
        return table({"y_true": y_test, "y_pred": y_pred}, nrows)
    columns = {}
    for j in range(y_pred.shape[1]):
        columns["y_test_output_%d" % j], columns["y_pred_output_%d" % j] = y_test[:, j], y_pred[:, j]
    return table(columns, nrows)


def get_test_preds_proba(classifier: Any, X_test: Any = None, y_pred_proba: Any = None, nrows: int = 1000) -> Any:
    """Each class's predicted probability as an HTML table; None for a classifier without predict_proba."""
    _require(is_classifier, classifier, "classifier")
    if (X_test is None) == (y_pred_proba is None):
        raise ValueError("Pass either X_test or y_pred_proba.")
    if y_pred_proba is None:
        if not hasattr(classifier, "predict_proba"):
            return None
        y_pred_proba = classifier.predict_proba(X_test)
    return table({str(c): y_pred_proba[:, i] for i, c in enumerate(classifier.classes_)}, nrows)


def get_scores(estimator: Any, X: Any, y: Any, y_pred: Any = None) -> Dict[str, Any]:
    _require(lambda e: is_classifier(e) or is_regressor(e), estimator, "classifier or regressor")
    y_pred = estimator.predict(X) if y_pred is None else y_pred
    if is_regressor(estimator):
        if getattr(y_pred, "ndim", 1) == 2:
            return {"r2_score": estimator.score(X, y)}
        return {"explained_variance_score": explained_variance_score(y, y_pred), "max_error": max_error(y, y_pred),
                "mean_absolute_error": mean_absolute_error(y, y_pred), "r2_score": r2_score(y, y_pred)}
    precision, recall, fbeta, support = precision_recall_fscore_support(y, y_pred)
    return {"class_%d" % i: {"precision": precision[i], "recall": recall[i], "fbeta_score": fbeta[i],
                             "support": support[i]} for i in range(len(precision))}


def get_cluster_labels(model: Any, X: Any, nrows: int = 1000, **kwargs: Any) -> File:
    _require(lambda m: isinstance(m, KMeans), model, "KMeans")
    model.set_params(**kwargs)
    return table({"cluster_labels": model.fit_predict(X)}, nrows)
