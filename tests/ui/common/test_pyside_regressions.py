"""The two PySide6 + pyqtgraph breakages that decide the PySide6 pin.

With pyqtgraph 0.14.0 on Python 3.11: PySide6 6.12.0 aborts the process
("Fatal Python error: none_dealloc") after a few hundred setData +
processEvents cycles with changing ranges, and 6.11.x/6.12.0 make
SVGExporter raise ValueError in correctCoordinates on any plot. Both run here
so that an upgrade of the pin is tested before it reaches users; the first in
a subprocess, because the failure is an abort, not an exception.
"""

import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ElementTree

SET_DATA_CYCLES = textwrap.dedent(
    """
    import numpy as np
    import pyqtgraph as pg
    from PySide6 import QtWidgets
    app = QtWidgets.QApplication([])
    widget = pg.PlotWidget()
    widget.show()
    curve = widget.plot()
    rng = np.random.default_rng(0)
    for cycle in range(1500):
        n = 10 + cycle
        curve.setData(np.arange(n), rng.normal(size=n) * (1 + cycle))
        app.processEvents()
    print("survived")
    """
)


def test_many_set_data_and_process_events_cycles_do_not_abort():
    result = subprocess.run([sys.executable, "-c", SET_DATA_CYCLES], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_svg_exporter_works_on_a_plot_with_isocurves(qtbot, tmp_path):
    import numpy as np
    import pyqtgraph as pg
    import pyqtgraph.exporters as exporters

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.plot([0, 1, 2], [2, 0, 1])
    data = np.add.outer(np.linspace(-1, 1, 50) ** 2, np.linspace(-1, 1, 50) ** 2)
    widget.addItem(pg.IsocurveItem(data, level=0.5, pen="w"))
    empty = pg.PlotWidget()
    qtbot.addWidget(empty)
    for item, name in ((widget.getPlotItem(), "plot.svg"), (empty.getPlotItem(), "empty.svg")):
        path = tmp_path / name
        exporters.SVGExporter(item).export(str(path))
        assert ElementTree.parse(path).getroot().tag.endswith("svg")
