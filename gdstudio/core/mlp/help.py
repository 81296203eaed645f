"""The MLP tab's part of the Help, as plain constants (a small HTML subset: <p>, <b>,
<i>, <ul>, <li>) that the window shows; the sources of the weight-space pictures are
cited here and not under the plots.

Each is marked for translation in the context ``MLPHelp`` (``QT_TRANSLATE_NOOP``: the
constants stay English); the window shows ``translate("MLPHelp", MLP_HELP)``."""

from __future__ import annotations

from gdstudio.core.words import QT_TRANSLATE_NOOP

MLP_HELP_TITLE = QT_TRANSLATE_NOOP("MLPHelp", "The MLP task tab")

MLP_HELP = QT_TRANSLATE_NOOP(
    "MLPHelp",
    """<p>The <b>MLP task</b> tab trains a small neural network <i>f<sub>w</sub></i> on points in the plane
(or on your own CSV file) by gradient descent. <i>w</i> is every weight and bias of the network written
as one long vector: 105 numbers for XOR's 2-8-8-1 network, 2 for the line fit.</p>

<p><b>The network.</b> An input <i>x</i> goes through the layers: each computes
<i>z</i> = <i>a W</i> + <i>b</i> from the layer before and, in the hidden layers, an activation
(tanh, ReLU, sigmoid or none). The output is a probability of class 1 (sigmoid, two classes), one
probability per class (softmax, three or more) or a number (linear, a regression). With no hidden
layer the network is a linear model and is named as one: <i>1 → 1 linear</i> is a straight line
<i>w x</i> + <i>b</i>, <i>2 → 1 logistic</i> is logistic regression.</p>

<p><b>The loss is a sum of errors.</b> Learning means finding the <i>w</i> that makes
<i>L</i>(<i>w</i>) = Σ<sub><i>i</i></sub> <i>E</i>(<i>f<sub>w</sub></i>(<i>x<sub>i</sub></i>), <i>y<sub>i</sub></i>)
small: <i>E</i> is the error on one example (cross-entropy for classes, the squared error for values),
summed over the training points. The <i>mean</i> reduction divides by their number <i>N</i>; its
gradient is <i>N</i> times smaller, so the same steps need γ × <i>N</i>. An L2 penalty adds
(λ/2)‖<i>W</i>‖² on the weights. The step readout gives <i>L</i> as the descent uses it. The loss
curves give, for the training and the test points alike, the mean error per example
(1/<i>N</i>) Σ<sub><i>i</i></sub> <i>E</i> without the penalty: a sum over 350 training points and one
over 150 test points would not compare, a mean per example does.</p>

<p><b>The decision boundary.</b> The data panel colours every place of the plane by the class the
network predicts there; the boundary is where the prediction changes (a probability of 0.5). A
regression shows its fitted curve, or, on two inputs, the colour field of <i>f<sub>w</sub></i> under
the points.</p>

<p><b>What the weight-space map is, and is not.</b> <i>w</i> has hundreds of coordinates and a
picture has two, so the map is the loss on a flat slice of weight space through the initial weights
<i>w</i><sub>0</sub>: <i>L</i>(<i>w</i><sub>0</sub> + α <i>d</i><sub>1</sub> + β <i>d</i><sub>2</sub>)
for two chosen directions <i>d</i><sub>1</sub>, <i>d</i><sub>2</sub>, with the path projected onto it.
It is not the landscape the descent walks on: every step moves all the weights at once, mostly out of
the slice. So the colour under the dot is the loss at the projected point, not at
<i>w<sub>t</sub></i>; the panel gives both numbers, the true loss <i>L</i>(<i>w<sub>t</sub></i>) and the
slice's, and the gap between them is how far the descent has left the slice.</p>

<p><b>A plane that stays still.</b> The plane is chosen once and held, so the map and its colours stay
still while the dot moves across them; if the path runs off the edge, the map widens, with the same
plane and colours.</p>
<ul>
<li><b>Path plane</b> (the default): through <i>w</i><sub>0</sub> along the straight line to
<i>w<sub>t</sub></i> and along the direction in which the path turns farthest away from that line. It
holds <i>w</i><sub>0</sub> and <i>w<sub>t</sub></i> exactly. It is chosen again when you ask
("Re-fit the plane to the path") and at the end of a run; before the first step the line is the
steepest descent direction −∇<i>L</i>(<i>w</i><sub>0</sub>).</li>
<li><b>PCA plane</b>: the two directions in which the path so far spreads most, frozen while the run
plays and refreshed when it pauses.</li>
<li><b>Random plane</b>: two random directions, each neuron's part scaled to that neuron's own size,
fixed for the run. The path mostly leaves it: a reminder of how many directions there are.</li>
</ul>

<p><b>The two-weight bowl.</b> The line fit (or any <i>x</i>,<i>t</i> file trained with no hidden
layer) has exactly two weights, the slope <i>w</i> and the intercept <i>b</i>. Then there is no slice
to take: the map is the exact loss <i>L</i>(<i>w</i>, <i>b</i>) over the whole weight space, and the
dot walks down it while the line turns to fit the points. For the squared error <i>L</i> is a
quadratic bowl: its curvature is the same everywhere (the Hessian 2<i>X</i>ᵀ<i>X</i> for the sum,
<i>X</i> the inputs with a column of ones), its lowest point is the least-squares line (marked), and
plain gradient descent reaches it from any start exactly when γ &lt; 2/λ<sub>max</sub>. The points' x
run from 0 to 2, not around 0, so the slope and the intercept pull against each other: the bowl is
long and tilted, and a γ near the limit zig-zags across it, as on the Function tab's seed function.
With mini-batches each step follows the gradient of a few points only: the path is noisy, and with a
fixed γ it never settles, but jitters around the lowest point. Race it against the full batch to see
both on the same bowl. Two inputs with no hidden layer make three weights: that map is a slice
again.</p>

<p><b>Weights you can take away.</b> The run report (Export → Run report, or <i>gdstudio run --task
--json</i>) holds the final weights layer by layer, in PyTorch's layout, and the command line writes
the data the run used with <i>--data-out</i>, so the loss can be computed again anywhere.</p>
""",
)

WEIGHT_SPACE_REFERENCES = QT_TRANSLATE_NOOP(
    "MLPHelp",
    """<p><b>Where the weight-space pictures come from.</b></p>
<ul>
<li>Hao Li, Zheng Xu, Gavin Taylor, Christoph Studer and Tom Goldstein (2018), <i>Visualizing the Loss
Landscape of Neural Nets</i>, NeurIPS: slices along random directions, <i>filter-normalised</i> so that
each neuron moves by as much as its own size (the random plane), and along the principal directions
of the path (the PCA plane).</li>
<li>Ian Goodfellow, Oriol Vinyals and Andrew Saxe (2015), <i>Qualitatively Characterizing Neural
Network Optimization Problems</i>, ICLR: the loss along the straight line from the initial to the
trained weights, which the path plane holds as its first direction.</li>
</ul>
""",
)
