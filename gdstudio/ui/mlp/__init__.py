"""The MLP tab: a small network trained by gradient descent on a 2-D task or a CSV
file, with its loss curves, decision boundary and a slice of weight space."""
