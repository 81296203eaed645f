"""Functions f(x, y): the safe language they are typed in, their landscapes on a grid,
the presets, the curvature analysis and the 3-D surface mesh."""
