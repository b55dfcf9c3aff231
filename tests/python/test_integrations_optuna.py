"""nereid.integrations.optuna against a real server: a real study's trials, best trial, study object and plots
read back as a user would look for them."""

import os
import subprocess
import sys
import unittest
import warnings

from integrationsupport import IntegrationTestCase, has, needs, points, values
from nereidtest import CLIENT

N_TRIALS = 20


def quadratic(trial):
    return (trial.suggest_float("x", -10, 10) - 2) ** 2


class LazyImportTest(unittest.TestCase):
    def test_import_nereid_imports_no_integration(self):
        """The client stays standard-library-only: no integration (nor its library) comes with `import nereid`."""
        code = ("import sys, nereid; heavy = [m for m in sys.modules if m.split('.')[0] in "
                "('optuna', 'xgboost', 'sklearn', 'torch', 'numpy', 'pandas') or m.startswith('nereid.integrations')]; "
                "print(heavy)")
        done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=CLIENT),
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(done.stdout.strip(), "[]", done.stderr)


@needs("optuna")
class OptunaTest(IntegrationTestCase):
    def setUp(self):
        super().setUp()
        import optuna

        optuna.logging.set_verbosity(optuna.logging.WARNING)
        self.run_ = self.init_run()
        self.addCleanup(self.run_.stop)

    def study(self, **kwargs):
        import optuna

        return optuna.create_study(sampler=optuna.samplers.TPESampler(seed=7), **kwargs)

    def test_callback_logs_each_trial_and_the_best(self):
        from nereid.integrations.optuna import NeptuneCallback, load_study_from_run

        run, study = self.run_, self.study()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # optuna's matplotlib plots warn about their axes on a tiny study
            study.optimize(quadratic, n_trials=N_TRIALS, callbacks=[NeptuneCallback(run, plots_update_freq=10)])
        run.wait()
        self.assertEqual(run["best/value"].fetch(), study.best_value)
        self.assertEqual(run["best/params"].fetch(), study.best_params)
        self.assertEqual(run["best/trials/%d/value" % study.best_trial.number].fetch(), study.best_value)
        self.assertEqual(points(run["trials/values"]), [(t.number, t.value) for t in study.trials])
        self.assertEqual(values(run["trials/params/x"]), [t.params["x"] for t in study.trials])
        seventh = run["trials/trials/7"].fetch()
        self.assertEqual((seventh["value"], seventh["params"]["x"], seventh["is_pruned"]),
                         (study.trials[7].value, study.trials[7].params["x"], False))
        self.assertIn("FloatDistribution(high=10.0", seventh["distributions"]["x"])
        self.assertEqual(run["study/direction"].fetch(), "MINIMIZE")
        self.assertEqual(run["study/study_name"].fetch(), study.study_name)
        self.assertTrue(run["source_code/integrations/nereid-optuna"].fetch())
        again = load_study_from_run(run)  # the pickled study, to continue the search
        self.assertEqual((len(again.trials), again.best_value), (N_TRIALS, study.best_value))
        if has("plotly") or has("matplotlib"):
            kind = "html" if has("plotly") else "png"
            for plot in ("plot_optimization_history", "plot_slice", "plot_edf", "plot_param_importances"):
                self.assertEqual(run["visualizations/" + plot].fetch_extension(), kind, plot)
            self.assertFalse(run.exists("visualizations/plot_intermediate_values"))  # the study reported none
            if kind == "html":
                page = os.path.join(self.workdir, "history.html")
                run["visualizations/plot_optimization_history"].download(page)
                with open(page) as file:
                    self.assertIn("Optimization History Plot", file.read())

    def test_log_study_metadata_of_a_pruned_study_in_a_namespace(self):
        import optuna
        from nereid.integrations.optuna import log_study_metadata

        def objective(trial):
            x = trial.suggest_int("layers", 1, 8)
            for step in range(4):
                trial.report(x * (step + 1), step)
                if trial.should_prune():
                    raise optuna.TrialPruned()
            return x * 4

        study = self.study(direction="maximize", pruner=optuna.pruners.ThresholdPruner(upper=20))
        study.optimize(objective, n_trials=10)
        run = self.run_
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            log_study_metadata(study, run, base_namespace="hpo", visualization_backend="matplotlib",
                               log_plot_contour=False, log_plot_slice=False,
                               log_plot_edf=False, log_plot_parallel_coordinate=False,
                               log_plot_param_importances=False)
        run.wait()
        pruned = [t.number for t in study.trials if t.state == optuna.trial.TrialState.PRUNED]
        complete = [t for t in study.trials if t.state == optuna.trial.TrialState.COMPLETE]
        self.assertTrue(pruned and complete, "the study should have both kinds of trials")
        for number in pruned:
            self.assertIs(run["hpo/trials/trials/%d/is_pruned" % number].fetch(), True)
            self.assertEqual(run["hpo/trials/trials/%d/state" % number].fetch(), "TrialState.PRUNED")
        self.assertEqual(points(run["hpo/trials/values"]), [(t.number, t.value) for t in complete])
        self.assertEqual(run["hpo/best/value"].fetch(), study.best_value)
        self.assertEqual(run["hpo/study/direction"].fetch(), "MAXIMIZE")
        first = study.trials[0]
        self.assertEqual(run["hpo/trials/trials/0/intermediate_values"].fetch(),
                         {str(k): v for k, v in first.intermediate_values.items()})
        self.assertIn("IntDistribution", run["hpo/study/distributions/trial/3/layers"].fetch())
        if has("matplotlib"):
            self.assertEqual(run["hpo/visualizations/plot_intermediate_values"].fetch_extension(), "png")
            self.assertEqual(run["hpo/visualizations/plot_optimization_history"].fetch_extension(), "png")
            self.assertFalse(run.exists("hpo/visualizations/plot_contour"))

    def test_several_objectives_are_logged_by_name(self):
        from nereid.integrations.optuna import NeptuneCallback

        def objective(trial):
            x = trial.suggest_float("x", 0, 1)
            return x, 1 - x * x

        import optuna

        study = optuna.create_study(directions=["minimize", "maximize"], sampler=optuna.samplers.RandomSampler(3))
        run = self.run_
        callback = NeptuneCallback(run["moo"], plots_update_freq="never", target_names=["cost", "gain"])
        study.optimize(objective, n_trials=8, callbacks=[callback])
        run.wait()
        self.assertEqual(values(run["moo/trials/values/gain"]), [t.values[1] for t in study.trials])
        for trial in study.best_trials:
            self.assertEqual(run["moo/best/trials/%d/values/cost" % trial.number].fetch(), trial.values[0])
        self.assertEqual(run["moo/study/directions"].fetch(), "['MINIMIZE', 'MAXIMIZE']")

    def test_bad_arguments_are_refused_at_once(self):
        from nereid.integrations.optuna import NeptuneCallback

        with self.assertRaisesRegex(TypeError, "run must be Run or Handler"):
            NeptuneCallback("PROJ-1")
        with self.assertRaisesRegex(ValueError, "plots_update_freq must be a positive number of trials or 'never'"):
            NeptuneCallback(self.run_, plots_update_freq=0)
        with self.assertRaisesRegex(ValueError, "visualization_backend must be 'plotly' or 'matplotlib'"):
            self.study().optimize(quadratic, n_trials=1,
                                  callbacks=[NeptuneCallback(self.run_, visualization_backend="bokeh")])


if __name__ == "__main__":
    unittest.main()
