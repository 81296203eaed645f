"""The Compare tab: races of optimisers, learning rates or start points on one contour,
and the γ sweep."""
