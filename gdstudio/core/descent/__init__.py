"""Descent: optimisers (after torch.optim), γ schedules, the engine that runs them,
playback for a worker, races, sweeps, reports and the sentences that explain a stop."""
