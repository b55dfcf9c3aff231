"""nereid.integrations.xgboost against a real server: xgb.train with early stopping, xgb.cv and the scikit-learn
API on real data, the metrics, configuration, model and chart read back as a user would look for them."""

import os
import pickle
import unittest

from integrationsupport import IntegrationTestCase, has, needs, points, values


@needs("xgboost", "sklearn")
class XGBoostTest(IntegrationTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        from sklearn.datasets import load_breast_cancer
        from sklearn.model_selection import train_test_split

        X, y = load_breast_cancer(return_X_y=True)
        cls.X_train, cls.X_valid, cls.y_train, cls.y_valid = train_test_split(X, y, test_size=0.25, random_state=0)

    def setUp(self):
        super().setUp()
        self.run_ = self.init_run()
        self.addCleanup(self.run_.stop)

    def test_train_logs_metrics_config_early_stopping_and_model(self):
        import xgboost as xgb
        from nereid.integrations.xgboost import NeptuneCallback

        train, valid = xgb.DMatrix(self.X_train, label=self.y_train), xgb.DMatrix(self.X_valid, label=self.y_valid)
        params = {"objective": "binary:logistic", "eval_metric": ["logloss", "auc"], "eta": 0.25, "max_depth": 3}
        history = {}
        run = self.run_
        booster = xgb.train(params, train, num_boost_round=200, evals=[(train, "train"), (valid, "eval")],
                            early_stopping_rounds=5, evals_result=history, verbose_eval=False,
                            callbacks=[NeptuneCallback(run, max_num_features=10)])
        run.wait()
        rounds = len(history["eval"]["logloss"])
        self.assertLess(rounds, 200, "early stopping should have ended the training")
        self.assertEqual(values(run["training/eval/logloss"]), history["eval"]["logloss"])
        self.assertEqual(values(run["training/train/auc"]), history["train"]["auc"])
        self.assertEqual(points(run["training/epoch"]), [(i, i) for i in range(rounds)])
        self.assertAlmostEqual(run["training/learning_rate"].fetch_last(), 0.25, places=6)
        self.assertEqual(run["training/early_stopping/best_iteration"].fetch(), booster.best_iteration)
        self.assertEqual(run["training/early_stopping/best_score"].fetch(), booster.best_score)
        self.assertEqual(run["training/booster_config/learner/objective/name"].fetch(), "binary:logistic")
        run["training/pickled_model"].download(os.path.join(self.workdir, "model.pkl"))
        with open(os.path.join(self.workdir, "model.pkl"), "rb") as file:
            again = pickle.load(file)
        self.assertEqual(again.predict(valid).tolist(), booster.predict(valid).tolist())
        if has("matplotlib"):
            self.assertEqual(run["training/plots/importance"].fetch_extension(), "png")
        else:
            self.assertFalse(run.exists("training/plots/importance"))

    def test_cv_logs_mean_and_std_and_each_fold(self):
        import xgboost as xgb
        from nereid.integrations.xgboost import NeptuneCallback

        run = self.run_
        result = xgb.cv({"objective": "binary:logistic", "max_depth": 2}, xgb.DMatrix(self.X_train, label=self.y_train),
                        num_boost_round=8, nfold=3, seed=1, as_pandas=False,
                        callbacks=[NeptuneCallback(run, base_namespace="cv", log_importance=False)])
        run.wait()
        self.assertEqual(values(run["cv/test/logloss/mean"]), result["test-logloss-mean"])
        self.assertEqual(values(run["cv/train/logloss/std"]), result["train-logloss-std"])
        for fold in range(3):
            self.assertEqual(run["cv/fold_%d/booster_config/learner/objective/name" % fold].fetch(), "binary:logistic")
            self.assertTrue(run.exists("cv/fold_%d/pickled_model" % fold))

    def test_scikit_learn_api_and_a_handler_as_the_run(self):
        import xgboost as xgb
        from nereid.integrations.xgboost import NeptuneCallback

        run = self.run_
        model = xgb.XGBRegressor(n_estimators=12, max_depth=2, callbacks=[NeptuneCallback(run["reg"], log_model=False,
                                                                                         log_importance=False)])
        model.fit(self.X_train, self.y_train, eval_set=[(self.X_valid, self.y_valid)], verbose=False)
        run.wait()
        self.assertEqual(values(run["reg/training/validation_0/rmse"]), model.evals_result()["validation_0"]["rmse"])
        self.assertFalse(run.exists("reg/training/pickled_model"))

    def test_bad_arguments_are_refused_at_once(self):
        from nereid.integrations.xgboost import NeptuneCallback

        with self.assertRaisesRegex(TypeError, "log_tree must be list or None, not int"):
            NeptuneCallback(self.run_, log_tree=3)
        with self.assertRaisesRegex(TypeError, "run must be Run or Handler, not dict"):
            NeptuneCallback({})


if __name__ == "__main__":
    unittest.main()
