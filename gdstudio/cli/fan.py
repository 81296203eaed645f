"""``gdstudio fan``: the minibatch gradients around ∇L at one w of a network, written as
JSON and drawn as PNG. The task options are ``run --task``'s (:mod:`.task`); the
computation is :func:`gdstudio.core.mlp.fan.batch_fan`."""

from __future__ import annotations

import argparse
import sys

from gdstudio.cli.options import EXIT_OK, UsageError, output_options, parse_positive_int, write_report
from gdstudio.cli.task import add_task_options, task_settings


def add_fan_parser(commands) -> None:
    fan = commands.add_parser(
        "fan",
        help="the minibatch gradients of a network around its full gradient ∇L(w)",
        description="At one w of a network (w₀, or --weights), the gradients of minibatches of B points "
        "(one epoch's batches, or K random draws) around the full gradient ∇L(w), with their mean and their "
        "spread beside the formula of sampling without replacement, (N − B)/(B(N − 1))·σ².",
    )
    fan.add_argument("--weights", metavar="FILE.npz", help="the point w (a --weights-out file of gdstudio run); default w₀ of --seed")
    fan.add_argument("--draws", metavar="K|epoch", help="K random batches, or the batches of one epoch (default epoch)")
    fan.add_argument("--epoch", metavar="E", help="which epoch's batches with --draws epoch (default 0, the first)")
    fan.add_argument("--json", metavar="PATH", help="write the fan as JSON ('-' for standard output)")
    fan.add_argument("--png", metavar="PATH", help="draw the fan as PNG")
    add_task_options(fan)
    fan.set_defaults(handler=fan_command)


def fan_command(arguments: argparse.Namespace) -> int:
    import numpy as np

    from gdstudio.core.mlp.fan import EPOCH, MAX_DRAWS, batch_fan
    from gdstudio.core.mlp.network import MLPError
    from gdstudio.core.mlp.training import Training
    from gdstudio.export.files import ExportError

    if arguments.task is None:
        raise UsageError("give the task with --task NAME (or a CSV file): the fan is of a network's loss")
    dataset, settings, _, _ = task_settings(arguments)
    count = len(dataset.train_inputs)
    batch_size = settings.batch_size
    if batch_size is None:
        raise UsageError(f"give the batch size with --batch-size B, from 1 to the {count} training points")
    if batch_size > count:
        raise UsageError(f"--batch-size must be from 1 to the {count} training points, not {batch_size}")
    draws = (arguments.draws or EPOCH).strip().lower()
    if draws != EPOCH:
        draws = parse_positive_int(draws, "--draws", allow_zero=False)
        if draws > MAX_DRAWS:
            raise UsageError(f"--draws must be 'epoch' or at most {MAX_DRAWS:,}, not {draws}")
    epoch = parse_positive_int(arguments.epoch, "--epoch") if arguments.epoch else 0
    if arguments.epoch and draws != EPOCH:
        raise UsageError("--epoch chooses one epoch's batches: it goes with --draws epoch")
    outputs = output_options(arguments, ("json", "png"))
    if not outputs:
        raise UsageError("say where the fan goes: --json PATH (or -) and/or --png PATH")
    try:
        training = Training(dataset, settings, history_bytes=0)
    except (MLPError, ValueError) as error:
        raise UsageError(str(error)) from None
    w = training.initial
    if arguments.weights is not None:
        w = _read_weights(arguments.weights, training)
    try:
        fan = batch_fan(training.objective, w, batch_size, draws, seed=settings.seed, epoch=epoch)
    except MLPError as error:
        raise UsageError(str(error)) from None
    network = training.network
    # vectors in the order of the run report's final.weights flattened, as PyTorch lists them
    report = {"task": dataset.name, "network": list(network.layer_sizes), "parameters": network.linear_parameter_names()}
    report.update(fan.as_dict(network.linear_order()))
    try:
        if "png" in outputs:
            from gdstudio.ui.mlp.fan_figure import save_fan_png

            save_fan_png(fan, training, outputs["png"])
        if "json" in outputs:
            write_report(outputs["json"], report)
    except ExportError as error:
        raise UsageError(str(error)) from None
    with np.errstate(over="ignore"):
        norm = float(np.linalg.norm(fan.full_gradient))
    what = f"the {len(fan.batches)} batches of epoch {epoch}" if draws == EPOCH else f"{draws} random batches"
    print(
        f"fan of {what} of B = {batch_size} of N = {count}: ‖∇L‖ = {norm:.4g}, "
        f"spread {fan.measured_variance:.4g} measured, {fan.formula_variance:.4g} by (N − B)/(B(N − 1))·σ²",
        file=sys.stderr if outputs.get("json") == "-" else sys.stdout,
    )
    return EXIT_OK


def _read_weights(path: str, training):
    """w from a ``--weights-out`` file: layer0.weight, layer0.bias, … as PyTorch's nn.Linear holds them."""
    import numpy as np

    network = training.network
    try:
        with np.load(path) as arrays:
            layers = []
            for index in range(network.depth):
                weight = np.asarray(arrays[f"layer{index}.weight"], dtype=float)
                bias = np.asarray(arrays[f"layer{index}.bias"], dtype=float)
                layers.append((weight, bias))
    except FileNotFoundError:
        raise UsageError(f"--weights: there is no file {path}") from None
    except KeyError as error:
        raise UsageError(f"--weights: {path} has no array {error.args[0]} for the network {network.describe()}") from None
    except (OSError, ValueError) as error:
        raise UsageError(f"--weights: {path} is not a NumPy .npz file of weights ({error})") from None
    expected = network.linear_layers(np.zeros(network.dimension))
    for index, ((weight, bias), (want_weight, want_bias)) in enumerate(zip(layers, expected)):
        if weight.shape != want_weight.shape or bias.shape != want_bias.shape:
            raise UsageError(
                f"--weights: layer {index} of {path} is {weight.shape[0]}×{weight.shape[1] if weight.ndim > 1 else 1}, "
                f"the network {network.describe()} needs {want_weight.shape[0]}×{want_weight.shape[1]}"
            )
    return network.pack_linear(layers)
