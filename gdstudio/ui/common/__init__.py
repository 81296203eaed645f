"""What every tab uses: the tab contract, plot base classes, shared fields (γ, optimizer,
playback), the worker base, figures drawn without a window, widgets, theme and text."""
