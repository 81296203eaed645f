"""Small neural networks: data sets, the network and its loss L(w) = Σᵢ E(f_w(xᵢ), yᵢ),
the compiled kernel, training runs and slices of weight space."""
