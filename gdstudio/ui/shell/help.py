"""The Help menu: About gdstudio, and a short built-in guide to what the app teaches."""

from __future__ import annotations

import html
import platform
import re

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP

from gdstudio import APPLICATION_NAME, __version__
from gdstudio.core.mlp.help import MLP_HELP, MLP_HELP_TITLE, WEIGHT_SPACE_REFERENCES
from gdstudio.ui.shell.desktop import application_icon

PROJECT_URL = "https://github.com/gdstudio/gdstudio"
LICENCE_URL = "https://opensource.org/license/mit"

translate = QtCore.QCoreApplication.translate

TABS, SHORTCUTS = "{tabs}", "{shortcuts}"  # where the tabs' sections and the keyboard table go
# the guide, a block at a time (a heading and its paragraphs), each translated on its own
GUIDE_BLOCKS = (
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<h2>What gdstudio teaches</h2>
<p>Learning means solving: find the weights <i>w</i> that make the loss small,</p>
<p align="center"><i>L</i>(<i>w</i>) = Σ<sub><i>i</i></sub> <i>E</i>(<i>f<sub>w</sub></i>(<i>x<sub>i</sub></i>), <i>y<sub>i</sub></i>)</p>
<p>where <i>w</i> is every weight and bias of the model written as one long vector,
<i>E</i> the loss of one example, <i>f<sub>w</sub></i> the model (for example a small
neural network), <i>x<sub>i</sub></i> an input and <i>y<sub>i</sub></i> its label.
On the <b>Function</b> tab a typed function <i>f</i>(<i>x</i>, <i>y</i>) plays the part
of <i>L</i> and the point (<i>x</i>, <i>y</i>) the part of <i>w</i>, so the whole
descent fits on one contour plot; the <b>MLP task</b> tab trains a real network.</p>""",
    ),
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<h3>The gradient points uphill</h3>
<p>The gradient is the vector of partial derivatives: for
<i>f</i> = <i>x</i>² + <i>xy</i> + <i>y</i>² it is
∇<i>f</i> = [2<i>x</i> + <i>y</i>, <i>x</i> + 2<i>y</i>]. It points in the direction in
which <i>f</i> grows fastest: on the contour it is the light arrow at the current point.</p>""",
    ),
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<h3>The update rule</h3>
<p>Gradient descent steps the other way, again and again:</p>
<p align="center"><i>w</i> ← <i>w</i> − γ ∇<i>f</i>(<i>w</i>), &nbsp; that is &nbsp;
[<i>x</i><sub><i>t</i>+1</sub>, <i>y</i><sub><i>t</i>+1</sub>] =
[<i>x<sub>t</sub></i>, <i>y<sub>t</sub></i>] − γ ∇<i>f</i>(<i>x<sub>t</sub></i>, <i>y<sub>t</sub></i>)</p>
<p>The step −γ∇<i>f</i> is the pink arrow, and the step panel writes the update out with
its numbers. Momentum, Nesterov, AdaGrad, RMSProp and Adam change how the step is made
from the gradient; they follow the update rules of PyTorch's <tt>torch.optim</tt>.</p>""",
    ),
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<h3>What the learning rate γ does</h3>
<p>γ is chosen by hand. <b>Too big</b> and the steps overshoot: the path zig-zags across the
valley, and past a limit every step lands higher than the last and the run diverges.
<b>Too small</b> and every step is tiny, so the run takes very long. On the seed function
<i>x</i>² + <i>xy</i> + <i>y</i>² gradient descent is stable for γ &lt; 2/3
(2 divided by the largest curvature, 3): from (1, 1) γ = 0.6 converges and γ = 0.7
diverges. <tt>gdstudio analyze</tt> prints that limit for any function and point.
γ can be changed while a run plays; the new value applies from the next step.</p>""",
    ),
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<h3>Why a run stops</h3>
<ul>
<li><b>Converged</b>: the gradient is all but zero (‖∇<i>f</i>‖ below the tolerance), so
there is no downhill left to follow. That is a minimum, or a <b>saddle</b>: try the saddle
preset <i>x</i>² − <i>y</i>², started on the line <i>y</i> = 0.</li>
<li><b>Step limit</b>: the run used all its steps before the gradient vanished (γ too small,
or a long flat valley such as Rosenbrock's).</li>
<li><b>Diverged</b>: the point or the loss ran off to infinity: γ is too large for the
curvature, and the steps overshoot.</li>
</ul>""",
    ),
    TABS,
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<h3>Keyboard</h3>""",
    ),
    SHORTCUTS,
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<p>Click on the contour to start a new run from that point. Hover over it to read
<i>x</i>, <i>y</i>, <i>f</i> and ∇<i>f</i> under the cursor in the status bar.</p>""",
    ),
)
GUIDE_HTML = "\n\n".join(GUIDE_BLOCKS)  # the guide in English

MLP_WINDOW_HTML = QT_TRANSLATE_NOOP(
    "HelpGuide",
    """<p><b>In the window.</b> The timeline under the loss curves shows any stored step again (← and →
one step, Home and End the first and the latest): its numbers are the ones recorded, and its
decision boundary or fitted line, its dot on the map and its slice readout are computed from the
weights stored for that step; nothing is run again, and Play goes on from the latest step. File →
Export also writes the weights as a NumPy <tt>.npz</tt> file (one <tt>weight</tt> and <tt>bias</tt>
array a layer, shaped as PyTorch's <tt>nn.Linear</tt> holds them) and the training and test data as
CSV.</p>
""",
)

COMPARE_HELP_BLOCKS = (
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<h3>The Compare tab</h3>
<p><b>Races.</b> Several runs descend the Function tab's <i>f</i> side by side, in lockstep: one
path and one loss curve per run, each in its own colour, each with its own optimizer, γ, schedule and
start (or the Function tab's start). The same function and the same number of steps make the
optimizers comparable: where plain gradient descent zig-zags across a narrow valley, momentum runs
along it. The loss plot has a log scale (L) so that runs whose losses differ by decades can be read
together. A race can be saved with the session and exported as an animation.</p>""",
    ),
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<p><b>What each run carries.</b> Gradient descent forgets everything but the current point; the other
optimizers carry a state from step to step, and the white arrows on the contour draw it at each
run's current point. For momentum and Nesterov the arrow is −γ<i>b</i>: the velocity <i>b</i>, the
running sum of earlier gradients, drawn as the step it adds. For AdaGrad, RMSProp and Adam it is
the next step Δ<i>w</i> itself, each coordinate scaled by 1/(√<i>v</i> + ε), <i>v</i> the running
average of that coordinate's squared gradients. The box beside the contour writes the numbers out.</p>""",
    ),
    QT_TRANSLATE_NOOP(
        "HelpGuide",
        """<p><b>The sweep: which γ works?</b> The sweep runs the Function tab's optimizer from its start for
many γ, evenly spaced on a log scale between the smallest and the largest you give, and plots the
final loss and the steps taken against γ: runs that converged, runs that stopped at the step limit
and runs that diverged are marked apart. Two dashed lines give what the curvature predicts, from the
Hessian's eigenvalues λ<sub>min</sub> ≤ λ<sub>max</sub> where the runs end up:
<b>2/λ<sub>max</sub></b>, the largest γ for which plain gradient descent converges (above it the
steps overshoot along the steepest direction and grow), and <b>2/(λ<sub>min</sub> +
λ<sub>max</sub>)</b>, the fixed γ that shrinks the slowest direction fastest. Momentum and Nesterov
have a limit of their own, drawn instead of 2/λ<sub>max</sub>. Click a point to try its γ on the
Function tab.</p>""",
    ),
)
COMPARE_HELP_HTML = "\n\n".join(COMPARE_HELP_BLOCKS) + "\n"


def guide_html(shortcuts) -> str:
    """The guide in the reader's language, with the tabs' sections and the table of ``shortcuts``."""
    blocks = []
    for block in GUIDE_BLOCKS:
        if block == TABS:
            blocks.append(tabs_html())
        elif block == SHORTCUTS:
            blocks.append(shortcut_table(shortcuts))
        else:
            blocks.append(translate("HelpGuide", block))
    return "\n\n".join(blocks)


def tabs_html() -> str:
    """The guide's sections on the MLP task tab (from the core's MLP help, its research
    references last) and on the Compare tab."""
    window = translate("HelpGuide", MLP_WINDOW_HTML)
    compare = "\n\n".join(translate("HelpGuide", block) for block in COMPARE_HELP_BLOCKS) + "\n"
    # the core marks its MLP help (context MLPHelp); the window reads it in the reader's language
    title, mlp_help = translate("MLPHelp", MLP_HELP_TITLE), translate("MLPHelp", MLP_HELP)
    references = translate("MLPHelp", WEIGHT_SPACE_REFERENCES)
    return f"<h3>{html.escape(title)}</h3>\n{mlp_help}\n{window}\n{references}\n{compare}"


DEFAULT_SHORTCUTS = (  # (text, key): the texts are translated where the table is shown
    (QT_TRANSLATE_NOOP("HelpMenu", "Play / Pause"), "Space"),
    (QT_TRANSLATE_NOOP("HelpMenu", "Step"), "Right"),
    (QT_TRANSLATE_NOOP("HelpMenu", "Reset"), "R"),
    (QT_TRANSLATE_NOOP("HelpMenu", "Save session"), "Ctrl+S"),
    (QT_TRANSLATE_NOOP("HelpMenu", "Export"), "Ctrl+E"),
    (QT_TRANSLATE_NOOP("HelpMenu", "Guide"), "F1"),
)


def without_accelerator(text: str) -> str:
    """A menu text as a sentence: "&Save session" → "Save session", "保存会话(&S)" → "保存会话"."""
    return re.sub(r"\(&[^)]\)$", "", text).replace("&", "")


def shortcut_table(shortcuts) -> str:
    rows = "".join(
        f"<tr><td><b>{html.escape(key)}</b></td><td>&nbsp;&nbsp;{html.escape(without_accelerator(text))}</td></tr>"
        for text, key in shortcuts
    )
    return f"<table cellspacing='2'>{rows}</table>"


def window_shortcuts(window: QtWidgets.QWidget):
    """(text, key) for every action of ``window`` that has a shortcut, as the menus show them."""
    found = []
    for action in window.actions():
        key = action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
        # each tab has its own "Log-scale loss" (L): the table lists it once
        if key and action.text() and (action.text(), key) not in found:
            found.append((action.text(), key))
    return found or [(translate("HelpMenu", text), key) for text, key in DEFAULT_SHORTCUTS]


class GuideDialog(QtWidgets.QDialog):
    """A short guide to the lesson, in a scrollable rich-text browser."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, shortcuts=DEFAULT_SHORTCUTS):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(translate("HelpMenu", "{name} guide").format(name=APPLICATION_NAME))
        self.browser = QtWidgets.QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html(shortcuts))
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        # about 40 lines of 70 characters, in the user's font at any screen scale
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.lineSpacing() * 40)


class AboutDialog(QtWidgets.QDialog):
    """The version (from the package metadata), the licence and the links."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("HelpMenu", "About {name}").format(name=APPLICATION_NAME))
        icon = QtWidgets.QLabel()
        size = self.fontMetrics().height() * 5
        icon.setPixmap(application_icon().pixmap(QtCore.QSize(size, size), self.devicePixelRatioF()))
        icon.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self.text = QtWidgets.QLabel(self.about_html())
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(True)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    @staticmethod
    def about_html() -> str:
        from PySide6 import __version__ as pyside_version

        return (
            f"<h2>{APPLICATION_NAME} {__version__}</h2>"
            + translate(
                "HelpMenu", "<p>A desktop studio for learning and teaching gradient descent: w ← w − γ∇f(w), one step at a time.</p>"
            )
            + translate(
                "HelpMenu",
                "<p>Released under the <a href='{licence_url}'>MIT licence</a>.<br>Source and bug reports: <a href='{url}'>{url}</a></p>",
            ).format(licence_url=LICENCE_URL, url=PROJECT_URL)
            + f"<p><small>Python {platform.python_version()}, PySide6 {pyside_version}, "
            f"Qt {QtCore.qVersion()}</small></p>"
        )


class HelpMenu(QtCore.QObject):
    """Help → Guide (F1) and About; the dialogs are made once and shown again."""

    def __init__(self, window: QtWidgets.QMainWindow):
        super().__init__(window)
        self.window = window
        self.guide: GuideDialog | None = None
        self.about: AboutDialog | None = None

    def show_guide(self) -> GuideDialog:
        if self.guide is None:
            self.guide = GuideDialog(self.window, window_shortcuts(self.window))
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def show_about(self) -> AboutDialog:
        if self.about is None:
            self.about = AboutDialog(self.window)
        self.about.show()
        self.about.raise_()
        self.about.activateWindow()
        return self.about
