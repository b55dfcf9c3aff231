"""nereid.integrations.sklearn against a real server: summaries of a RandomForest classifier, a LinearRegression
and a KMeans assigned to a run, read back as a user would look for them."""

import os
import pickle
import re
import sys
import unittest
import warnings
from unittest import mock

from integrationsupport import IntegrationTestCase, has, needs

ROW = re.compile(r"<tr><th>\d+</th>")  # a numbered row of the HTML table
PNG = b"\x89PNG\r\n\x1a\n"
CLASSIFIER_CHARTS = ["ROC_AUC", "class_prediction_error", "classification_report", "confusion_matrix",
                     "precision_recall"]
REGRESSOR_CHARTS = ["cooks_distance", "feature_importance", "learning_curve", "prediction_error", "residuals"]


@needs("sklearn")
class SklearnTest(IntegrationTestCase):
    def setUp(self):
        super().setUp()
        self.run_ = self.init_run()
        self.addCleanup(self.run_.stop)

    def read(self, path, name):
        target = os.path.join(self.workdir, name)
        self.run_[path].download(target)
        with open(target, "rb") as file:
            return file.read()

    def test_classifier_summary(self):
        from sklearn.datasets import load_iris
        from sklearn.ensemble import RandomForestClassifier
        from sklearn.metrics import precision_recall_fscore_support
        from sklearn.model_selection import train_test_split
        from nereid.integrations.sklearn import create_classifier_summary

        X_train, X_test, y_train, y_test = train_test_split(*load_iris(return_X_y=True), random_state=1)
        model = RandomForestClassifier(n_estimators=20, max_depth=3, random_state=0).fit(X_train, y_train)
        run = self.run_
        run["summary"] = create_classifier_summary(model, X_train, X_test, y_train, y_test, nrows=5)
        run.wait()
        precision, recall, fbeta, support = precision_recall_fscore_support(y_test, model.predict(X_test))
        self.assertNotEqual(list(precision), list(recall), "a split where the two differ tells them apart")
        for i in range(3):
            self.assertEqual(run["summary/test/scores/class_%d" % i].fetch(),
                             {"precision": precision[i], "recall": recall[i], "fbeta_score": fbeta[i],
                              "support": int(support[i])})
        self.assertEqual(run["summary/all_params/n_estimators"].fetch(), 20)
        self.assertEqual(run["summary/all_params/class_weight"].fetch(), "None")
        again = pickle.loads(self.read("summary/pickled_model", "model.pkl"))
        self.assertEqual(again.predict(X_test).tolist(), model.predict(X_test).tolist())
        preds = self.read("summary/test/preds", "preds.html").decode()
        self.assertEqual(len(ROW.findall(preds)), 5)  # nrows rows
        self.assertIn("<td>%d</td><td>%d</td>" % (y_test[0], model.predict(X_test[:1])[0]), preds)
        self.assertIn("<th>2</th>", self.read("summary/test/preds_proba", "proba.html").decode())  # class 2's column
        if has("matplotlib"):
            self.assertEqual(sorted(run["summary/diagnostics_charts"].fetch()), CLASSIFIER_CHARTS)
            self.assertTrue(self.read("summary/diagnostics_charts/confusion_matrix", "cm.png").startswith(PNG))

    def test_regressor_summary(self):
        from sklearn.datasets import load_diabetes
        from sklearn.linear_model import LinearRegression
        from sklearn.metrics import max_error, r2_score
        from sklearn.model_selection import train_test_split
        from nereid.integrations.sklearn import create_regressor_summary

        X_train, X_test, y_train, y_test = train_test_split(*load_diabetes(return_X_y=True), random_state=0)
        model = LinearRegression().fit(X_train, y_train)
        run = self.run_
        run["regression"] = create_regressor_summary(model, X_train, X_test, y_train, y_test)
        run.wait()
        scores = run["regression/test/scores"].fetch()
        self.assertEqual(scores["r2_score"], r2_score(y_test, model.predict(X_test)))
        self.assertEqual(scores["max_error"], max_error(y_test, model.predict(X_test)))
        self.assertEqual(run["regression/all_params/fit_intercept"].fetch(), True)
        if has("matplotlib"):
            self.assertEqual(sorted(run["regression/diagnostics_charts"].fetch()), REGRESSOR_CHARTS)

    def test_kmeans_summary(self):
        from sklearn.cluster import KMeans
        from sklearn.datasets import load_iris
        from nereid.integrations.sklearn import create_kmeans_summary

        X, _ = load_iris(return_X_y=True)
        run = self.run_
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # scikit-learn 1.2 on KMeans' n_init default
            run["kmeans"] = create_kmeans_summary(KMeans(n_init=2, random_state=0), X, nrows=50, n_clusters=3)
        run.wait()
        self.assertEqual(run["kmeans/all_params/n_clusters"].fetch(), 3)
        self.assertEqual(len(ROW.findall(self.read("kmeans/cluster_labels", "labels.html").decode())), 50)
        if has("matplotlib"):
            os.makedirs(os.path.join(self.workdir, "silhouette"))
            run["kmeans/diagnostics_charts/silhouette"].download(os.path.join(self.workdir, "silhouette"))
            self.assertEqual(len(os.listdir(os.path.join(self.workdir, "silhouette"))), 2)  # k = 2 and 3

    def test_without_matplotlib_the_charts_are_left_out_with_a_warning(self):
        from sklearn.datasets import load_iris
        from sklearn.linear_model import LogisticRegression
        from nereid.integrations.sklearn import create_classifier_summary

        X, y = load_iris(return_X_y=True)
        model = LogisticRegression(max_iter=500).fit(X, y)
        with mock.patch.dict(sys.modules, {"matplotlib": None, "matplotlib.figure": None}):
            with self.assertWarnsRegex(UserWarning, "matplotlib is not installed, so the confusion matrix chart is "
                                                    "not logged"):
                summary = create_classifier_summary(model, X, X, y, y)
        self.assertFalse([key for key in summary if key.startswith("diagnostics_charts")])
        self.run_["summary"] = summary
        self.run_.wait()
        self.assertEqual(self.run_["summary/test/scores/class_0/support"].fetch(), 50)

    def test_bad_arguments_are_refused_at_once(self):
        from sklearn.linear_model import LinearRegression
        from nereid.integrations.sklearn import create_classifier_summary, get_test_preds_proba

        with self.assertRaisesRegex(TypeError, "must be a scikit-learn classifier, not LinearRegression"):
            create_classifier_summary(LinearRegression(), [[0]], [[0]], [0], [0])
        from sklearn.tree import DecisionTreeClassifier

        with self.assertRaisesRegex(ValueError, "Pass either X_test or y_pred_proba"):
            get_test_preds_proba(DecisionTreeClassifier())


if __name__ == "__main__":
    unittest.main()
