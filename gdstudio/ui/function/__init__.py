"""The Function tab: a typed f(x, y), its contour, the descent path, the loss curve,
the step panel and the curvature box."""
