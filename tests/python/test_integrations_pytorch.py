"""nereid.integrations.pytorch against a real server: a tiny MLP trained for a few epochs, its parameter and
gradient norms, checkpoints and model read back as a user would look for them."""

import os
import unittest

from integrationsupport import IntegrationTestCase, needs, points, values

BATCHES, EPOCHS = 8, 3


@needs("torch")
class PytorchTest(IntegrationTestCase):
    def setUp(self):
        super().setUp()
        import torch

        torch.manual_seed(0)
        self.model = torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
        self.X = torch.randn(BATCHES * 16, 4)
        self.y = self.X.sum(1, keepdim=True)
        self.run_ = self.init_run()
        self.addCleanup(self.run_.stop)

    def train(self, logger=None, epochs=EPOCHS):
        """Plain SGD; a checkpoint after each epoch when a logger is given. The last loss."""
        import torch

        optimizer = torch.optim.SGD(self.model.parameters(), lr=0.05)
        for _ in range(epochs):
            for batch in range(BATCHES):
                rows = slice(batch * 16, batch * 16 + 16)
                optimizer.zero_grad()
                loss = torch.nn.functional.mse_loss(self.model(self.X[rows]), self.y[rows])
                loss.backward()
                optimizer.step()
            if logger is not None:
                logger.log_checkpoint()
        return loss.item()

    def test_parameter_and_gradient_norms_every_log_freq_passes(self):
        from nereid.integrations.pytorch import NeptuneLogger

        run, model = self.run_, self.model
        logger = NeptuneLogger(run, model=model, log_parameters=True, log_gradients=True, log_freq=4)
        self.train()
        model(self.X)  # the 25th forward pass logs nothing: 25 is no multiple of 4
        passes = EPOCHS * BATCHES  # 24 backward passes, 25 forward ones
        run.wait()
        self.assertEqual(sorted(run.get_structure()["training"]["plots"]["parameters"]),
                         ["0.bias", "0.weight", "2.bias", "2.weight"])
        self.assertEqual(len(values(run["training/plots/parameters/2.weight"])), passes // 4)
        self.assertEqual(len(values(run["training/plots/gradients/0.weight"])), passes // 4)
        # the last logged gradient is the one the last backward pass left (the 24th is a multiple of 4)
        self.assertEqual(run["training/plots/gradients/0.weight"].fetch_last(), float(model[0].weight.grad.norm()))
        logger.remove_hooks()
        for _ in range(8):
            model(self.X)
        run.wait()
        self.assertEqual(len(values(run["training/plots/parameters/2.weight"])), passes // 4, "hooks removed")

    def test_parameter_norm_is_the_models_at_that_pass(self):
        from nereid.integrations.pytorch import NeptuneLogger

        NeptuneLogger(self.run_, self.model, base_namespace="mlp", log_freq=1, log_parameters=True)
        self.train(epochs=1)
        self.model(self.X)  # logs the norms after the last step
        self.run_.wait()
        self.assertEqual(points(self.run_["mlp/plots/parameters/0.bias"])[-1],
                         (BATCHES, float(self.model[0].bias.norm())))

    def test_checkpoints_and_the_model_as_files(self):
        import torch
        from nereid.integrations.pytorch import NeptuneLogger

        run, model = self.run_, self.model
        logger = NeptuneLogger(run, model=model, log_model_diagram=False)
        self.train(logger)
        logger.log_checkpoint("final")
        logger.log_model()
        run.wait()
        names = sorted(run["training/model/checkpoints"].fetch())
        self.assertEqual(names, ["checkpoint_1.pt", "checkpoint_2.pt", "checkpoint_3.pt", "final.pt"])
        target = os.path.join(self.workdir, "model.pt")
        run["training/model/model.pt"].download(target)
        state = torch.load(target)
        self.assertEqual(list(state), list(model.state_dict()))
        for name, tensor in model.state_dict().items():
            self.assertTrue(torch.equal(state[name], tensor), name)
        run["training/model/checkpoints/checkpoint_1.pt"].download(target)
        self.assertFalse(torch.equal(torch.load(target)["0.weight"], model[0].weight))  # after epoch 1, not 3

    def test_model_summary_and_bad_arguments(self):
        from nereid.integrations.pytorch import NeptuneLogger

        with self.assertWarnsRegex(UserWarning, "no model/visualization"):
            NeptuneLogger(self.run_, model=self.model, log_model_diagram=True)
        self.run_.wait()
        self.assertIn("Linear(in_features=4, out_features=16", self.run_["training/model/summary"].fetch())
        with self.assertRaisesRegex(TypeError, "model must be Module, not NoneType"):
            NeptuneLogger(self.run_)
        with self.assertRaisesRegex(ValueError, "log_freq must be at least 1"):
            NeptuneLogger(self.run_, model=self.model, log_freq=0)


if __name__ == "__main__":
    unittest.main()
